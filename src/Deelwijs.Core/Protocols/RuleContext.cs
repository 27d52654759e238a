namespace Deelwijs.Core.Protocols;

/// <summary>The situation a rule is about.</summary>
public enum RuleContext
{
    All,
    Work,
    Private,
    Lesson,
}
