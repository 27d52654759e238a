namespace Deelwijs.Media;

/// <summary>Why an upload was refused: a stable code for an API, next to the Dutch message for people.</summary>
public enum MediaProblem
{
    Empty,
    NotMedia,
    TooLarge,
    Damaged,
    TooManyFiles,
}
