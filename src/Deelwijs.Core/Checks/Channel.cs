namespace Deelwijs.Core.Checks;

/// <summary>Where the draft is going to be posted.</summary>
public enum Channel
{
    PrivateAccount,
    SchoolAccount,
    BoardAccount,
    SchoolApp,
    Website,
    FunctionalAccount,
}
