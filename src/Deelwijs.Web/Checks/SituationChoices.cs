using Deelwijs.Core.Checks;

namespace Deelwijs.Web.Checks;

/// <summary>The situation of a draft as a teacher describes it: plain Dutch choices whose values are the contract's codes.</summary>
public static class SituationChoices
{
    public static readonly IReadOnlyList<SituationChoice> Channels =
    [
        new(Channel.PrivateAccount.Code(), "Mijn eigen account", "Bijvoorbeeld je eigen Facebook, Instagram, LinkedIn of X."),
        new(Channel.SchoolAccount.Code(), "Account van de school", "Het officiële account van de school op sociale media."),
        new(Channel.BoardAccount.Code(), "Account van het bestuur", "Het officiële account van het schoolbestuur."),
        new(Channel.SchoolApp.Code(), "Schoolapp", "De app of het ouderportaal van de school."),
        new(Channel.Website.Code(), "Website", "De website van de school."),
        new(Channel.FunctionalAccount.Code(), "Functioneel account (groep of project)", "Een account dat de school maakte voor een klas, groep of project."),
    ];

    public static readonly IReadOnlyList<SituationChoice> Contexts =
    [
        new(PostContext.Work.Code(), "Voor mijn werk", null),
        new(PostContext.Private.Code(), "Privé", null),
    ];

    public static readonly IReadOnlyList<SituationChoice> Replies =
    [
        new("", "Nee, ik begin zelf een bericht", null),
        new(ReplyTo.Pupil.Code(), "Ja, op een leerling", null),
        new(ReplyTo.Parent.Code(), "Ja, op een ouder of verzorger", null),
        new(ReplyTo.Staff.Code(), "Ja, op een collega", null),
        new(ReplyTo.Public.Code(), "Ja, op iemand anders", null),
    ];

    /// <summary>The Dutch name of a role, for the author who has more than one role at the school.</summary>
    public static string RoleLabel(Role role) => role switch
    {
        Role.Staff => "Medewerker",
        Role.Manager => "Leidinggevende",
        Role.Director => "Directie",
        Role.Board => "Bestuur",
        Role.Office => "Stafbureau",
        Role.Communications => "Communicatie",
        Role.PrivacyOfficer => "Functionaris gegevensbescherming",
        Role.Confidant => "Vertrouwenspersoon",
        Role.Ict => "ICT",
        Role.Pupil => "Leerling",
        _ => "Ouder of verzorger",
    };
}

/// <summary>One option of a situation question: the code that is sent, the words the user reads and an optional hint.</summary>
public sealed record SituationChoice(string Value, string Label, string? Hint);
