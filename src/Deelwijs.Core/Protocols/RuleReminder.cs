namespace Deelwijs.Core.Protocols;

/// <summary>A short reminder shown to the author, and the situations (<see cref="ReminderSituations"/>) in which it applies.</summary>
public sealed record RuleReminder(string Text, IReadOnlyList<string> When);
