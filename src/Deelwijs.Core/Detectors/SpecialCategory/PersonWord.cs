namespace Deelwijs.Core.Detectors.SpecialCategory;

/// <summary>What a word can do in a sentence about a person (see person-words.tsv); a word can have several roles.</summary>
[Flags]
internal enum PersonWord
{
    None = 0,
    Pronoun = 1,
    Object = 2,
    Determiner = 4,
    Noun = 8,
    Verb = 16,
    Blocker = 32,
    Function = 64,
}
