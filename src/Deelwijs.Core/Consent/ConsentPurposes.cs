using Deelwijs.Core.Checks;

namespace Deelwijs.Core.Consent;

/// <summary>The purposes a new school starts with, and which purpose a post on each channel needs.</summary>
public static class ConsentPurposes
{
    public const string SchoolGuide = "schoolgids";
    public const string Newsletter = "nieuwsbrief";
    public const string Website = "website";
    public const string SocialMedia = "sociale-media";
    public const string SchoolApp = "schoolapp";
    public const string Press = "pers";
    public const string InternalVideo = "intern-video";

    public static IReadOnlyList<ConsentPurpose> Defaults { get; } =
    [
        new(SchoolGuide, "Schoolgids", "Foto's in de schoolgids en de schoolfolder die we aan nieuwe ouders geven."),
        new(Newsletter, "Nieuwsbrief", "Foto's in de nieuwsbrief die naar alle ouders van de school gaat."),
        new(Website, "Website", "Foto's en filmpjes op de website van de school; die is voor iedereen te zien."),
        new(SocialMedia, "Sociale media van de school", "Foto's en filmpjes op de accounts van de school, zoals Facebook en Instagram; die zijn voor iedereen te zien."),
        new(SchoolApp, "Schoolapp (achter inlog)", "Foto's en filmpjes in de schoolapp; alleen ouders en medewerkers van de school kunnen ze zien."),
        new(Press, "Pers", "Foto's en filmpjes in de krant of op het nieuws, bijvoorbeeld bij een feest of een project."),
        new(InternalVideo, "Video voor intern gebruik", "Video-opnamen in de klas om leraren te trainen; alleen collega's zien ze, daarna worden ze gewist."),
    ];

    /// <summary>The purpose a depicted person must have consented to before media go to this channel.</summary>
    public static string ForChannel(Channel channel) => channel switch
    {
        Channel.Website => Website,
        Channel.SchoolApp => SchoolApp,
        _ => SocialMedia,
    };
}
