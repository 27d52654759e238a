namespace Deelwijs.Core.Detectors.Language;

/// <summary>A lexicon phrase found at normalised words [Word, Word + Count): its sentence and clause, whether it stands between quotation marks,
/// and whether it is a compound that ends in an offensive head (twitterteven).</summary>
internal readonly record struct Hit(int Entry, int Word, int Count, int Sentence, int Clause, bool Quoted, bool Compound = false)
{
    public int End => Word + Count;
}
