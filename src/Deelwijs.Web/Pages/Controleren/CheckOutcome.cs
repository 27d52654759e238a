using Deelwijs.Core.Checks;
using Deelwijs.Web.Checks;

namespace Deelwijs.Web.Pages.Controleren;

/// <summary>A check result as the page shows it: the verdict, the marked text, and per finding its articles and fix.</summary>
public sealed record CheckOutcome(
    CheckResult Result,
    string ProtocolName,
    IReadOnlyList<TextPiece> Pieces,
    IReadOnlyList<FindingView> Findings,
    IReadOnlyList<ArticleView> Reminders)
{
    public string VerdictCode => Result.Verdict.Code();

    public static CheckOutcome From(string text, CheckResult result, Core.Protocols.Protocol protocol)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(protocol);
        var rules = protocol.Rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
        ArticleView Article(string id, string? message) =>
            new(id, rules.TryGetValue(id, out var rule) ? rule.Article : id, rules.TryGetValue(id, out rule) ? rule.Summary : null, message);
        var findings = result.Findings
            .Select((f, i) => new FindingView(i + 1, f, [.. f.Rules.Select(id => Article(id, null))], TextFixes.CanApply(f) ? TextFixes.Describe(f) : null))
            .ToList();
        return new CheckOutcome(result, protocol.Name, MarkedText.Split(text, result.Findings), findings,
            [.. result.Reminders.Select(r => Article(r.Rule, r.Message))]);
    }
}

/// <summary>One finding with its number in the list, the articles it cites, and the words of its fix button (null: no text fix).</summary>
public sealed record FindingView(int Number, Finding Finding, IReadOnlyList<ArticleView> Articles, string? FixLabel)
{
    public string Title => DutchLabels.Kind(Finding.Kind);

    /// <summary>The button's value: number, kind and start, so a fix is only applied to the finding the user saw.</summary>
    public string FixValue => FixToken.Create(Number, Finding);
}

/// <summary>An article of the protocol: its id, article number, our summary, and the reminder text when it is a reminder.</summary>
public sealed record ArticleView(string Id, string Article, string? Summary, string? Message);
