using System.Buffers;
using Deelwijs.Core.Checks;
using Deelwijs.Core.Protocols;
using Deelwijs.Core.Text;

namespace Deelwijs.Core.Engine;

/// <summary>
/// Checks drafts against one protocol and roster. Immutable once built by <see cref="EngineBuilder"/>;
/// safe to call from many threads at once.
/// </summary>
public sealed class CheckEngine
{
    private readonly RuleBindings plans;
    private readonly SchoolMentionFinder schoolMentions;
    private readonly StartWordIndex startWords;

    internal CheckEngine(EngineSetup setup, IReadOnlyList<IDetector> detectors)
    {
        Setup = setup;
        schoolMentions = new SchoolMentionFinder(setup.SchoolNames);

        // Bit 0 marks the school's names; detectors with start words share the other 15 (a shared bit only costs lookups).
        var startBits = new Dictionary<IDetector, ushort>(ReferenceEqualityComparer.Instance);
        var lexicons = new List<(int, IEnumerable<StartWord>)> { (SchoolMentionFinder.StartBit, schoolMentions.StartWords) };
        foreach (var detector in detectors.OfType<IStartWordDetector>())
        {
            var bit = 1 + (startBits.Count % 15);
            startBits[detector] = (ushort)(1 << bit);
            lexicons.Add((bit, detector.StartWords));
        }

        startWords = new StartWordIndex(lexicons);
        plans = new RuleBindings(setup.Protocol, detectors, startBits);
    }

    public EngineSetup Setup { get; }

    public Protocol Protocol => Setup.Protocol;

    public CheckResult Check(CheckRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Text.Length > CheckRequest.MaxTextLength)
        {
            throw new CheckInputException(
                $"De tekst is te lang: {request.Text.Length:N0} tekens, terwijl er hoogstens {CheckRequest.MaxTextLength:N0} gecontroleerd kunnen worden. Controleer het bericht in delen.");
        }

        var folded = ArrayPool<char>.Shared.Rent(Math.Max(1, request.Text.Length));
        var tokens = ArrayPool<Token>.Shared.Rent(Tokenizer.MaxTokens(request.Text.Length));
        var starts = ArrayPool<ushort>.Shared.Rent(Tokenizer.MaxTokens(request.Text.Length));
        try
        {
            CharFolding.Fold(request.Text, folded);
            var count = Tokenizer.Tokenize(request.Text, tokens, out var digits);
            var anyStarts = startWords.Mark(folded, tokens.AsSpan(0, count), starts);
            var plan = plans.For(request);
            var context = new DetectionContext(request, plan.Bindings, folded, tokens, count, digits, starts, anyStarts, schoolMentions);
            for (var i = 0; i < plan.Detectors.Length; i++)
            {
                context.StartBit = plan.StartBits[i];
                plan.Detectors[i].Detect(context);
            }

            IReadOnlyList<Finding> findings = context.Findings is { } list ? Order(list) : [];
            var verdict = findings.Count == 0 ? Verdict.Allowed : (Verdict)findings.Max(f => (int)f.Action);
            return new CheckResult(verdict, Protocol.Id, Protocol.Version, findings, Reminders.For(plan.Reminders, context, findings.Count > 0));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(folded);
            ArrayPool<Token>.Shared.Return(tokens);
            ArrayPool<ushort>.Shared.Return(starts);
        }
    }

    private static List<Finding> Order(List<Finding> findings)
    {
        // A name inside an e-mail address (sanne.jansen@...) is one piece of personal data, not two.
        findings.RemoveAll(inner => IsPersonalData(inner) && findings.Exists(outer =>
            !ReferenceEquals(inner, outer) && IsPersonalData(outer) && Contains(outer, inner)));
        findings.Sort(static (a, b) => (a.Start ?? int.MaxValue).CompareTo(b.Start ?? int.MaxValue));
        return findings;
    }

    private static bool IsPersonalData(Finding finding) =>
        finding.Start is not null && finding.Kind.StartsWith("personal-data.", StringComparison.Ordinal);

    private static bool Contains(Finding outer, Finding inner) =>
        outer.Start <= inner.Start && inner.Start + inner.Length <= outer.Start + outer.Length && outer.Length > inner.Length;
}
