namespace Deelwijs.Core.Detectors.Language;

/// <summary>What a lexicon phrase means to the language rules; one phrase can play several roles.</summary>
[Flags]
internal enum LexRole
{
    None = 0,
    Word = 1 << 0,
    Group = 1 << 1,
    HateStrong = 1 << 2,
    HateWeak = 1 << 3,
    HatePositive = 1 << 4,
    ThreatVerb = 1 << 5,
    ThreatPhrase = 1 << 6,
    Negation = 1 << 7,
    Counter = 1 << 8,
    Meta = 1 << 9,
    Medical = 1 << 10,
    Target = 1 << 11,
    Modal = 1 << 12,
    Generic = 1 << 13,
    SecondPerson = 1 << 14,
    Plural = 1 << 15,
    ClauseBreak = 1 << 16,
    Determiner = 1 << 17,
    Indefinite = 1 << 18,
    InsultAdjective = 1 << 19,
    Ignore = 1 << 20,
    Vocative = 1 << 21,
    Report = 1 << 22,

    Hate = HateStrong | HateWeak | HatePositive,
    Trigger = Word | Group | Hate | ThreatVerb | ThreatPhrase | InsultAdjective,
}

/// <summary>The finding kind a single offensive word gives.</summary>
internal enum WordKind
{
    None,
    Profanity,
    Insult,
    Sexual,
    Discrimination,
}

/// <summary>When a word or verb counts; without conditions it always does.</summary>
[Flags]
internal enum LexCondition
{
    None = 0,

    /// <summary>Only when said to or about someone: "jij X", "je bent een X", "vuile X".</summary>
    Directed = 1 << 0,

    /// <summary>A disease word (kanker, tyfus) that is no curse when the sentence is about the illness.</summary>
    Disease = 1 << 1,

    /// <summary>A noun that is only offensive after an article or possessive ("een pik", not "ik pik het op").</summary>
    AfterDeterminer = 1 << 2,

    /// <summary>A verb that is a plain noun after an article ("de pijpen van de verwarming").</summary>
    NotAfterDeterminer = 1 << 3,

    /// <summary>A threat word that needs a wish or intent (zal, moet, hoop) in its clause: "moeten dood", not "is dood".</summary>
    NeedsModal = 1 << 4,

    /// <summary>A singular group word that only speaks of the group after een/geen/elke ("een vrouw", not "mijn vrouw").</summary>
    Singular = 1 << 5,

    /// <summary>A curse made of an illness (kankerlijer), which gets its own explanation.</summary>
    Illness = 1 << 6,

    /// <summary>Also offensive as the head of a compound, since Dutch compounds end in their head (twitterteven, moslimlullen).</summary>
    Head = 1 << 7,

    /// <summary>An abbreviation that means something else after an amount: "kk" is kosten koper in "€ 300.000 kk".</summary>
    NotAfterNumber = 1 << 8,
}

/// <summary>One lexicon phrase: its roles, the kind it gives as a word, its conditions and, for a prefix, the stem length.</summary>
internal sealed record LexEntry(LexRole Roles, WordKind Kind, LexCondition Conditions, int StemLength)
{
    public bool Is(LexRole role) => (Roles & role) != 0;

    public bool Has(LexCondition condition) => (Conditions & condition) != 0;
}
