namespace Deelwijs.Core.Text;

/// <summary>
/// A folded word a phrase starts with, or a stem (<paramref name="IsStem"/>) of such a word; for a phrase of more words,
/// <paramref name="Next"/> is its second word, or a stem of it when <paramref name="NextIsStem"/>.
/// </summary>
internal readonly record struct StartWord(string Word, bool IsStem, string? Next = null, bool NextIsStem = false);
