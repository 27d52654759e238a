using System.ComponentModel;

namespace Deelwijs.Web.Api;

/// <summary>The request body of POST /api/v1/checks as the OpenAPI document describes it: one batch line of the check contract.</summary>
[Description("Een conceptbericht en de situatie waarin het geschreven is (een regel van de batch in het controlecontract).")]
public sealed record CheckRequestBody(
    [property: Description("Eigen kenmerk; komt terug in het antwoord.")] string? Id,
    [property: Description("De tekst van het bericht (hoogstens 20.000 tekens).")] string Text,
    [property: Description("private-account | school-account | board-account | school-app | website | functional-account")] string? Channel,
    [property: Description("staff | manager | director | board | office | communications | pupil | parent")] string? Role,
    [property: Description("work | private (standaard: private bij private-account, anders work)")] string? Context,
    [property: Description("pupil | parent | staff | public: het bericht is een reactie op zo iemand")] string? ReplyTo,
    [property: Description("Het bericht reageert op een negatieve discussie over de school.")] bool? NegativeThread,
    [property: Description("Het bericht is geschreven tijdens een les.")] bool? DuringLesson,
    [property: Description("Wie er op het beeld staan: namen zoals in de leerlingenlijst van de school.")] IReadOnlyList<string>? Depicts,
    [property: Description("Foto's, video's of geluidsopnamen, base64 in JSON (of als bestanden in het deel 'media' van multipart/form-data, met deze velden als JSON in het deel 'request').")] IReadOnlyList<CheckMediaFile>? Media);

/// <summary>The contract's JSON result as the OpenAPI document describes it; the response itself is written by CheckResultJson.</summary>
[Description("De uitslag van de controle, precies zoals het controlecontract hem beschrijft.")]
public sealed record CheckResultBody(
    string? Id,
    [property: Description("allowed | needs-changes | needs-approval | not-allowed")] string Verdict,
    CheckProtocolBody Protocol,
    IReadOnlyList<CheckFindingBody> Findings,
    IReadOnlyList<CheckReminderBody> Reminders);

/// <summary>The protocol a result was checked against.</summary>
public sealed record CheckProtocolBody(string Id, string Version);

/// <summary>One finding of the contract's result.</summary>
public sealed record CheckFindingBody(
    [property: Description("Soort bevinding, bijvoorbeeld personal-data.phone")] string Kind,
    [property: Description("change | approval | forbidden")] string Action,
    [property: Description("Artikelen, zoals ssoe/3.1.3")] IReadOnlyList<string> Rules,
    [property: Description("UTF-16-positie in de tekst; ontbreekt bij een bevinding over het hele bericht")] int? Start,
    int? Length,
    string? Excerpt,
    string Message,
    string Suggestion);

/// <summary>A reminder of the contract's result.</summary>
public sealed record CheckReminderBody(string Rule, string Message);
