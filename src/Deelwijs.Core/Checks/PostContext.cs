namespace Deelwijs.Core.Checks;

/// <summary>Whether the author writes in a work or a private situation.</summary>
public enum PostContext
{
    Work,
    Private,
}
