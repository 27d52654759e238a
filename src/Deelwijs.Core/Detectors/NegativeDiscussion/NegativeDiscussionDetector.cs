using Deelwijs.Core.Checks;
using Deelwijs.Core.Engine;

namespace Deelwijs.Core.Detectors.NegativeDiscussion;

/// <summary>
/// Finds a reaction from an official account (school or board account, website, school app) to a negative
/// discussion about the school (Johan de Witt 2.5, SSOE 3.2.4): the school talks to the people involved offline.
/// </summary>
internal sealed class NegativeDiscussionDetector : IDetector
{
    private static readonly string[] DetectorKinds = [FindingKinds.DiscussionNegative];

    public IReadOnlyList<string> Kinds => DetectorKinds;

    public void Detect(DetectionContext context)
    {
        var request = context.Request;
        if (!request.NegativeThread || request.Channel is Channel.PrivateAccount or Channel.FunctionalAccount)
        {
            return;
        }

        context.ReportPost(FindingKinds.DiscussionNegative,
            "Je reageert vanaf een officieel account van de school op een negatieve discussie over de school. "
            + "Het protocol zegt: daar reageert de school niet online op, want een reactie maakt de discussie vaak groter.",
            "Plaats deze reactie niet. Bespreek met je leidinggevende hoe jullie de betrokkenen persoonlijk benaderen, "
            + "bijvoorbeeld met een telefoontje of een uitnodiging voor een gesprek op school.");
    }
}
