using Deelwijs.Core.Checks;
using Deelwijs.Core.Detectors.Names;
using Deelwijs.Core.Engine;
using Deelwijs.Core.Media;
using Deelwijs.Core.Rosters;

namespace Deelwijs.Core.Detectors.Media;

/// <summary>A pupil's name in a post that carries photos or video, where the protocol says children's pictures never go with a name (De Regenboog M.8).</summary>
internal sealed class NameWithPhotoDetector(EngineSetup setup) : IDetector
{
    private readonly RosterNames names = RosterNames.For(setup.Roster);

    public IReadOnlyList<string> Kinds { get; } = [FindingKinds.MediaNameWithPhoto];

    public void Detect(DetectionContext context)
    {
        // Only pictures make a face recognisable; a sound recording with a name is a matter for the name rules.
        if (names.IsEmpty || !context.Request.Media.Any(item => item.Kind is MediaKind.Photo or MediaKind.Video))
        {
            return;
        }

        var tokens = context.Tokens;
        var text = context.Text.AsSpan();
        var folded = context.Folded;
        for (var i = 0; i < tokens.Length; i++)
        {
            var length = names.MatchAt(text, folded, tokens, i, out var hit);
            if (length == 0)
            {
                continue;
            }

            if (hit.Kind == PersonKind.Pupil)
            {
                var start = tokens[i].Start;
                context.Report(FindingKinds.MediaNameWithPhoto, start, tokens[i + length - 1].End - start,
                    "Dit is de naam van een leerling, in een bericht met foto's of video. Volgens het protocol komen foto's van kinderen nooit samen met hun naam online: zo is een kind te herkennen en te vinden.",
                    "Laat de naam weg; het beeld mag zonder naam.");
            }

            i += length - 1;
        }
    }
}
