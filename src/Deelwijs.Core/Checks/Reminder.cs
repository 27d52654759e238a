namespace Deelwijs.Core.Checks;

/// <summary>A guidance article that applies to the situation but cannot be checked by a machine.</summary>
public sealed record Reminder(string Rule, string Message);
