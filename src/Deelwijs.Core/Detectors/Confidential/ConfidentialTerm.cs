namespace Deelwijs.Core.Detectors.Confidential;

/// <summary>A word or phrase of internal information: its category and when it counts (see confidential.tsv).</summary>
internal sealed record ConfidentialTerm(string Category, ConfidentialMode Mode);

/// <summary>When a confidential word counts; the lexicon's third column.</summary>
internal enum ConfidentialMode
{
    Always,
    Marking,
    AboutPerson,
    Meeting,
    Ignore,
}
