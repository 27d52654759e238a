namespace Deelwijs.Core.Checks;

/// <summary>The Dutch words users read for verdicts, actions and finding kinds.</summary>
public static class DutchLabels
{
    public static string Verdict(Verdict verdict) => verdict switch
    {
        Checks.Verdict.Allowed => "Mag online",
        Checks.Verdict.NeedsChanges => "Eerst aanpassen",
        Checks.Verdict.NeedsApproval => "Eerst toestemming vragen",
        _ => "Mag niet online",
    };

    public static string VerdictExplanation(Verdict verdict) => verdict switch
    {
        Checks.Verdict.Allowed => "Er is niets gevonden dat tegen het protocol ingaat.",
        Checks.Verdict.NeedsChanges => "Pas het bericht aan zoals hieronder staat; daarna mag het online.",
        Checks.Verdict.NeedsApproval => "Dit bericht mag pas online als iemand het goedkeurt. Overleg eerst met je leidinggevende.",
        _ => "Dit bericht gaat tegen het protocol in. Plaats het niet zo.",
    };

    public static string Action(FindingAction action) => action switch
    {
        FindingAction.Change => "aanpassen",
        FindingAction.Approval => "toestemming nodig",
        _ => "niet toegestaan",
    };

    /// <summary>The channel as a sentence names it: "op je eigen account".</summary>
    public static string Channel(Channel channel) => channel switch
    {
        Checks.Channel.PrivateAccount => "je eigen account",
        Checks.Channel.SchoolAccount => "het account van de school",
        Checks.Channel.BoardAccount => "het account van het bestuur",
        Checks.Channel.SchoolApp => "de schoolapp",
        Checks.Channel.Website => "de website",
        _ => "een functioneel account",
    };

    /// <summary>A kind of media as a sentence names it: "foto", "video", "geluidsopname".</summary>
    public static string Media(Media.MediaKind kind) => kind switch
    {
        Core.Media.MediaKind.Photo => "foto",
        Core.Media.MediaKind.Video => "video",
        _ => "geluidsopname",
    };

    public static string Kind(string kind) => kind switch
    {
        FindingKinds.Name => "Naam van een persoon",
        FindingKinds.Phone => "Telefoonnummer",
        FindingKinds.Email => "E-mailadres",
        FindingKinds.Address => "Adres of postcode",
        FindingKinds.Bsn => "Burgerservicenummer",
        FindingKinds.Iban => "Rekeningnummer (IBAN)",
        FindingKinds.BirthDate => "Geboortedatum",
        FindingKinds.SpecialCategory => "Gevoelig persoonsgegeven",
        FindingKinds.Confidential => "Vertrouwelijke informatie",
        FindingKinds.Profanity => "Schuttingtaal",
        FindingKinds.Insult => "Belediging",
        FindingKinds.Threat => "Bedreiging",
        FindingKinds.Discrimination => "Discriminatie",
        FindingKinds.Sexual => "Seksuele taal",
        FindingKinds.DisclaimerMissing => "Persoonlijke titel niet vermeld",
        FindingKinds.AffiliationMissing => "Niet vermeld dat je hier werkt",
        FindingKinds.DiscussionPupilParent => "Discussie met leerling of ouder",
        FindingKinds.DiscussionNegative => "Reactie op negatieve discussie",
        FindingKinds.AccountNotAuthorized => "Geen rechten op dit account",
        FindingKinds.DuringLesson => "Tijdens de les",
        FindingKinds.MediaConsentMissing => "Geen toestemming voor beeld",
        FindingKinds.MediaNeedsPermission => "Toestemming nodig voor beeld",
        FindingKinds.MediaChannelNotAllowed => "Beeld niet toegestaan op dit kanaal",
        FindingKinds.MediaLocation => "Locatie in foto",
        FindingKinds.MediaCopyright => "Auteursrecht",
        FindingKinds.MediaNameWithPhoto => "Naam bij een foto",
        FindingKinds.LogoPrivateProfile => "Schoollogo op privéprofiel",
        FindingKinds.Doubt => "Bij twijfel: overleg",
        _ => kind,
    };
}
