namespace Deelwijs.Web.Demo;

/// <summary>
/// The demo's parents and their children, so the consent pages show something real: Merel Jansen has Daan (17, decides
/// himself) and Lotte (13) at the first school; Yara Bos has Mila and Finn at the second.
/// </summary>
public static class DemoFamilies
{
    public static readonly IReadOnlyList<DemoChild> Children =
    [
        new("ouder", "Daan", "Jansen"),
        new("ouder", "Lotte", "Jansen"),
        new("ouder.regenboog", "Mila", "Bos", Age: 8, Group: "5B"),
        new("ouder.regenboog", "Finn", "Bos", Age: 11, Group: "8A"),
    ];
}

/// <summary>A child of a demo parent account; with an age and class it is put on the roster (else it is an account holder already there).</summary>
public sealed record DemoChild(string Parent, string FirstName, string LastName, int? Age = null, string? Group = null);
