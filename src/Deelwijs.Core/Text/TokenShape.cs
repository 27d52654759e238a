namespace Deelwijs.Core.Text;

/// <summary>What a token is made of, so detectors can skip tokens cheaply.</summary>
[Flags]
public enum TokenShape : byte
{
    None = 0,
    Letters = 1,
    Digits = 2,

    /// <summary>Holds a symbol between letters, as in leetspeak (k@nker) or masking (k*t).</summary>
    Symbols = 4,

    /// <summary>Starts with a capital letter.</summary>
    Capitalized = 8,

    /// <summary>Every letter is a capital (at least two letters).</summary>
    Upper = 16,
}
