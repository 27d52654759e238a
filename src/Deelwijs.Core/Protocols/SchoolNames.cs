namespace Deelwijs.Core.Protocols;

/// <summary>A school (or the organisation) with the names people use for it.</summary>
public sealed record SchoolNames(string Name, IReadOnlyList<string> Aliases);
