namespace Deelwijs.Documents;

/// <summary>The top of a letter: the school's name and a few small lines under it (address, telephone, e-mail).</summary>
public sealed record Letterhead(string SchoolName, IReadOnlyList<string> Lines);
