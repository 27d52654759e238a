using Deelwijs.Core.Checks;
using Deelwijs.Core.Engine;
using Deelwijs.Core.Media;
using Deelwijs.Core.Rosters;
using Deelwijs.Core.Text;

namespace Deelwijs.Core.Detectors.Media;

/// <summary>
/// What a file's own metadata gives away: the place it was made (GPS), and a maker or rights holder who is not the
/// school (someone else's work needs their permission or at least the source in the post).
/// </summary>
internal sealed class MediaMetadataDetector(EngineSetup setup) : IDetector
{
    private static readonly string[] SourceMarks = ["©", "(c)", "bron:", "foto:", "beeld:", "fotograaf:", "met dank aan", "credits:"];

    private readonly RosterLookup roster = new(setup.Roster);
    private readonly string[] schoolNames = setup.SchoolNames.Select(CharFolding.Fold).ToArray();

    public IReadOnlyList<string> Kinds { get; } = [FindingKinds.MediaLocation, FindingKinds.MediaCopyright];

    public void Detect(DetectionContext context)
    {
        foreach (var item in context.Request.Media)
        {
            if (item.HasLocation)
            {
                context.ReportPostEach(FindingKinds.MediaLocation,
                    $"In '{item.FileName}' staat de plek waar het beeld gemaakt is (GPS-coördinaten). Wie het bestand downloadt, kan zien waar dat was, bijvoorbeeld bij iemand thuis.",
                    "Gebruik een kopie zonder locatiegegevens (Deelwijs maakt die voor je), of zet de locatie uit in je camera-app.");
            }

            if (IsSomeoneElses(item) && !CreditsSource(context.Folded, item))
            {
                var whose = item.Credit is { } credit ? $"Volgens de gegevens in het bestand is {credit} de maker of eigenaar. " : string.Empty;
                context.ReportPostEach(FindingKinds.MediaCopyright,
                    $"'{item.FileName}' is niet door de school zelf gemaakt. {whose}Beeld van een ander mag je alleen gebruiken met toestemming van de maker en met bronvermelding.",
                    "Vraag de maker om toestemming en zet de bron in het bericht (bijvoorbeeld 'Foto: naam'), of gebruik eigen beeld.");
            }
        }
    }

    private bool IsSomeoneElses(MediaItem item)
    {
        if (item.NotOwnWork)
        {
            return true;
        }

        // A phone writes its owner's name as Artist; a colleague's photo of a school event is the school's own.
        if (item.Credit is not { } credit || roster.ByName(credit).Any(p => p.Kind == PersonKind.Staff))
        {
            return false;
        }

        var folded = CharFolding.Fold(credit);
        return !schoolNames.Any(name => folded.Contains(name, StringComparison.Ordinal) || name.Contains(folded, StringComparison.Ordinal));
    }

    private static bool CreditsSource(ReadOnlySpan<char> folded, MediaItem item)
    {
        foreach (var mark in SourceMarks)
        {
            if (folded.Contains(mark, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return item.Credit is { } credit && folded.Contains(CharFolding.Fold(credit), StringComparison.Ordinal);
    }
}
