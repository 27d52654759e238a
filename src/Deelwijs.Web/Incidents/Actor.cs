namespace Deelwijs.Web.Incidents;

/// <summary>Who does something to a case or dossier, for the audit log: an account, a school app's API key, or Deelwijs itself.</summary>
public sealed record Actor(string? UserId, string Name)
{
    public static Actor Deelwijs { get; } = new(null, "Deelwijs");

    public static Actor ApiKey(string prefix) => new(null, $"Schoolapp (API-sleutel {prefix}…)");
}
