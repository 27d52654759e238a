using Deelwijs.Core.Checks;

namespace Deelwijs.Web.Demo;

/// <summary>The demo's accounts: one per role at the first school, a few at the second school, and the board's.</summary>
public static class DemoAccounts
{
    /// <summary>The password of every demo account (printed in the README).</summary>
    public const string Password = "Deelwijs-demo-2026!";

    public const string Domain = "demo.deelwijs.nl";

    /// <summary>Accounts at the first school (Het Noorderlicht College).</summary>
    public static readonly IReadOnlyList<DemoAccount> FirstSchool =
    [
        new("leerkracht", "Sanne de Vries", Role.Staff, "docent Nederlands"),
        new("teamleider", "Bram Visser", Role.Manager, "teamleider onderbouw"),
        new("directeur", "Fatima El Amrani", Role.Director, "rector"),
        new("communicatie", "Joep Mulder", Role.Communications, "communicatiemedewerker"),
        new("fg", "Ilse Bakker", Role.PrivacyOfficer, "functionaris gegevensbescherming"),
        new("vertrouwenspersoon", "Koen Smit", Role.Confidant, "vertrouwenspersoon"),
        new("ict", "Wouter Dekker", Role.Ict, "ICT-coördinator"),
        new("ouder", "Merel Jansen", Role.Parent, null),
        new("leerling", "Daan Jansen", Role.Pupil, null, Age: 17, Group: "5A"),
        new("leerling.onderbouw", "Lotte Jansen", Role.Pupil, null, Age: 13, Group: "2B"),
    ];

    /// <summary>Accounts at the second school (Basisschool De Regenboog), to show that schools do not see each other's data.</summary>
    public static readonly IReadOnlyList<DemoAccount> SecondSchool =
    [
        new("leerkracht.regenboog", "Noor Hendriks", Role.Staff, "leerkracht groep 6"),
        new("teamleider.regenboog", "Teun Brouwer", Role.Manager, "bouwcoördinator"),
        new("directeur.regenboog", "Lotte van Dijk", Role.Director, "directeur"),
        new("ouder.regenboog", "Yara Bos", Role.Parent, null),
    ];

    /// <summary>Accounts of the board, which see every school of the board.</summary>
    public static readonly IReadOnlyList<DemoAccount> Board =
    [
        new("bestuur", "Jasper de Groot", Role.Board, "voorzitter college van bestuur"),
        new("stafbureau", "Iris Meijer", Role.Office, "stafmedewerker communicatie"),
    ];

    public static string Email(string name) => $"{name}@{Domain}";
}

/// <summary>One demo account: the part of its e-mail address before the @, name, role and function (for a pupil: age and class).</summary>
public sealed record DemoAccount(string Name, string DisplayName, Role Role, string? Function, int? Age = null, string? Group = null)
{
    public string Email => DemoAccounts.Email(Name);
}
