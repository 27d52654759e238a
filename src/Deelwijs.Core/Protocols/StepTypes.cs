using System.Collections.Frozen;

namespace Deelwijs.Core.Protocols;

/// <summary>The fixed catalogue of ladder step types a protocol file can use, each with its source.</summary>
public static class StepTypes
{
    private static readonly LadderAudience[] Pupils = [LadderAudience.Pupils];
    private static readonly LadderAudience[] Staff = [LadderAudience.Staff];
    private static readonly LadderAudience[] Both = [LadderAudience.Pupils, LadderAudience.Staff];

    private const string SchoolLaws = "Wet op het primair onderwijs, Wet op de expertisecentra en Wet voortgezet onderwijs";

    public static IReadOnlyList<StepType> All { get; } =
    [
        // --- Pupils and parents ---
        new("conversation-teacher", "Gesprek tussen leerling en leerkracht", StepKind.Conversation, Pupils, 10, null,
            "Protocol en pedagogisch beleid van de school: eerst het gesprek; geen wettelijke maatregel"),
        new("conversation-parents", "Gesprek met de ouders of verzorgers", StepKind.Conversation, Pupils, 12, null,
            "Protocol en schoolgids: de school betrekt ouders bij het gedrag van hun kind; geen wettelijke maatregel"),
        new("care-team", "De zorgstructuur inschakelen", StepKind.Support, Pupils, 15, null,
            "Protocol en schoolondersteuningsprofiel (passend onderwijs): hulp van intern begeleider of zorgcoördinator"),
        new("conversation-manager", "Gesprek met de teamleider", StepKind.Conversation, Pupils, 20, null,
            "Protocol van de school: de teamleider of leidinggevende spreekt de leerling aan"),
        new("conversation-director", "Gesprek met de directeur", StepKind.Conversation, Pupils, 25, null,
            "Protocol van de school: de directeur spreekt de leerling en de ouders"),
        new("remove-content", "Berichten of beelden laten verwijderen", StepKind.Intervention, Both, 30, null,
            "Protocol van de school: de schade beperken door berichten of beelden te laten weghalen"),
        new("device-restriction", "Telefoon of apparaat innemen of tijdelijk niet laten gebruiken", StepKind.Intervention, Pupils, 35, null,
            "Schoolregels (leerlingenstatuut of schoolgids) en de afspraken van de overheid over mobiele telefoons in de klas"),
        new("pupil-warning", "Waarschuwing", StepKind.Measure, Pupils, 40, null,
            "Schoolregels (leerlingenstatuut of schoolgids): een waarschuwing, vastgelegd in het leerlingdossier"),
        new("suspension", "Schorsing", StepKind.Measure, Pupils, 60, null,
            $"{SchoolLaws}: schorsing van ten hoogste een week, schriftelijk en met redenen aan de ouders"),
        new("removal", "Verwijdering van school", StepKind.Measure, Pupils, 80, null,
            $"{SchoolLaws}: verwijdering door het bestuur na het horen van ouders en leraar; eerst een andere school zoeken; melden bij de Inspectie"),
        new("inspectie-notice", "Schriftelijke melding aan de Inspectie en de ouders", StepKind.Notification, Pupils, 0, StepCondition.SuspensionOverOneDay,
            $"{SchoolLaws} / Inspectie: melding van een schorsing langer dan een dag, schriftelijk en met redenen",
            "Meld de schorsing schriftelijk en met de redenen bij de Inspectie van het Onderwijs (Internet Schooldossier) en geef de ouders het besluit op papier."),

        // --- Staff ---
        new("staff-conversation", "Gesprek met de leidinggevende", StepKind.Conversation, Staff, 10, null,
            "cao po en cao vo: de medewerker wordt gehoord voordat de werkgever een disciplinaire maatregel neemt"),
        new("staff-warning", "Waarschuwing door de leidinggevende", StepKind.Measure, Staff, 40, null,
            "Geen disciplinaire maatregel uit de cao po of cao vo: de leidinggevende spreekt de medewerker aan en legt dat vast in een gespreksverslag"),
        new("written-reprimand", "Schriftelijke berisping", StepKind.Measure, Staff, 50, null,
            "cao po en cao vo: disciplinaire maatregelen (schriftelijke berisping)"),
        new("salary-withholding", "Inhouding van salaris", StepKind.Measure, Staff, 55, null,
            "cao vo: disciplinaire maatregelen (inhouding van salaris); de cao po kent deze maatregel niet",
            OnlyUnder: LabourAgreement.CaoVo),
        new("staff-suspension", "Schorsing als disciplinaire maatregel", StepKind.Measure, Staff, 60, null,
            "cao po en cao vo: disciplinaire maatregelen (schorsing)"),
        new("dismissal", "Ontslag", StepKind.Measure, Staff, 80, null,
            "Burgerlijk Wetboek (arbeidsovereenkomst): ontslag met toestemming van het UWV, via de kantonrechter of met wederzijds goedvinden"),
        new("summary-dismissal", "Ontslag op staande voet", StepKind.Measure, Staff, 90, null,
            "Burgerlijk Wetboek (arbeidsovereenkomst): ontslag op staande voet, alleen om een dringende reden en meteen"),
        new("vertrouwensinspecteur-call", "Melding bij de Landelijke Vertrouwensinspecteur", StepKind.Notification, Staff, 0, StepCondition.Grensoverschrijdend,
            "Protocol van de school (grensoverschrijdende communicatie) en de meld- en overlegplicht bij een vermoeden van een zedendelict door een medewerker",
            "Bel de Landelijke Vertrouwensinspecteur van de Inspectie van het Onderwijs: 0900-1113111. Leg de datum en een korte samenvatting van het gesprek vast.",
            RequiresOutcome: true),
        new("board-informed", "De bestuurder informeren", StepKind.Notification, Staff, 0, StepCondition.StaffMeasure,
            "Protocol van de school: maatregelen tegen een medewerker met medeweten van de bestuurder, die namens het bestuur werkgever is",
            "Laat de bestuurder weten welke maatregel de school neemt, vooraf of uiterlijk op de dag zelf."),

        // --- Both ---
        new("police-decision", "Besluit over melding of aangifte bij de politie", StepKind.Notification, Both, 0, StepCondition.PossiblyCriminal,
            "Wetboek van Strafvordering: aangifte van een strafbaar feit; bij een vermoeden van een zedendelict door een medewerker moet het bestuur aangifte doen",
            "Beslis of de school melding of aangifte doet bij de politie, en leg het besluit en de reden vast.",
            RequiresOutcome: true),
    ];

    private static readonly FrozenDictionary<string, StepType> ByCode = All.ToFrozenDictionary(t => t.Code, StringComparer.Ordinal);

    public static StepType Get(string code) => ByCode[code];

    public static bool TryGet(string? code, out StepType type) => ByCode.TryGetValue(code ?? "", out type!);

    /// <summary>The codes of the types a ladder for this audience can use.</summary>
    public static IEnumerable<string> CodesFor(LadderAudience audience) =>
        All.Where(t => t.Audiences.Contains(audience)).Select(t => t.Code);
}
