using System.ComponentModel;

namespace Deelwijs.Web.Api;

/// <summary>The body of POST /api/v1/incidents: a report from a school app's "meld" button.</summary>
[Description("Een melding van iets dat online misging, bijvoorbeeld vanuit de meldknop van de schoolapp.")]
public sealed record IncidentRequestBody(
    [property: Description("cyberbullying | sexting | threat | stalking | hacked-account | radicalisation | memes | derailing-discussion | reputation | staff-breach | other")] string? Category,
    [property: Description("Wat er gebeurde (hoogstens 4.000 tekens).")] string? Description,
    [property: Description("Waar het gebeurde, zoals Instagram of WhatsApp (hoogstens 100 tekens).")] string? Platform,
    [property: Description("Een link naar het bericht (http of https).")] string? Link,
    [property: Description("Wie erbij betrokken zijn: namen zoals in de leerlingenlijst van de school; een naam die de lijst niet kent, blijft als beschrijving bewaard.")] IReadOnlyList<string>? Involved,
    [property: Description("Alleen de vertrouwenspersoon mag de melding zien.")] bool? ConfidantOnly);

/// <summary>The answer to a new report: where it went.</summary>
[Description("De melding is ontvangen.")]
public sealed record IncidentCreatedBody(
    [property: Description("Het nummer van de melding; vraag er de stand mee op.")] int Id,
    [property: Description("open | closed")] string Status,
    [property: Description("Wie de melding kreeg: manager (teamleider) | director | confidant | board")] string RoutedTo);

/// <summary>The status of a report: never its content.</summary>
[Description("De stand van een melding, zonder de inhoud ervan.")]
public sealed record IncidentStatusBody(
    int Id,
    [property: Description("open | closed")] string Status,
    [property: Description("manager | director | confidant | board")] string RoutedTo,
    DateTimeOffset CreatedAt);
