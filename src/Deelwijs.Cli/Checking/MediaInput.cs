using System.CommandLine;
using Deelwijs.Cli.Hosting;
using Deelwijs.Core.Consent;
using Deelwijs.Core.Media;
using Deelwijs.Core.Rosters;
using Deelwijs.Media;

namespace Deelwijs.Cli.Checking;

/// <summary>What --media, --depicts and --consents add to a draft: the files' own metadata, who is on them, and their consents.</summary>
internal sealed record MediaInput(IReadOnlyList<MediaItem> Media, IReadOnlyList<DepictedPerson> Depicted, ConsentRegister Consents)
{
    public static MediaInput From(ParseResult parsed, CheckOptions options, Roster? roster)
    {
        var paths = parsed.GetValue(options.Media) ?? [];
        var names = parsed.GetValue(options.Depicts) ?? [];
        var consentsPath = parsed.GetValue(options.Consents);
        if (roster is null && (names.Length > 0 || consentsPath is not null))
        {
            throw new UsageException("--depicts en --consents gaan over mensen uit de leerlingenlijst; geef die lijst mee met --roster.");
        }

        try
        {
            MediaLimits.Default.EnsureFileCount(paths.Length);
        }
        catch (MediaFileException e)
        {
            throw new UsageException(e.Message);
        }

        var lookup = roster is null ? null : new RosterLookup(roster);
        return new MediaInput(
            paths.Select(Inspect).ToList(),
            names.Select(name => Resolve(name, lookup!)).ToList(),
            consentsPath is null ? ConsentRegister.Empty : ReadConsents(consentsPath, roster!));
    }

    private static MediaItem Inspect(string path)
    {
        using var stream = FileErrors.OpenRead(path);
        try
        {
            // Refuse what no kind of media may be before reading it into memory.
            if (stream.Length > MediaLimits.Default.MaxUploadBytes)
            {
                MediaLimits.Default.EnsureSize(Path.GetFileName(path), MediaKind.Video, stream.Length);
            }

            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return MediaInspector.Inspect(buffer.ToArray(), Path.GetFileName(path)).ToItem();
        }
        catch (MediaFileException e)
        {
            throw new UsageException(e.Message);
        }
    }

    private static DepictedPerson Resolve(string name, RosterLookup roster)
    {
        var people = roster.ByName(name);
        return people.Count switch
        {
            1 => new DepictedPerson(name, people[0]),
            0 => throw new UsageException($"'{name}' staat niet in de leerlingenlijst. Schrijf de naam zoals in de lijst (voornaam, tussenvoegsel, achternaam)."),
            _ => throw new UsageException($"Er staan {people.Count} mensen met de naam '{name}' in de leerlingenlijst; Deelwijs weet niet wie je bedoelt."),
        };
    }

    private static ConsentRegister ReadConsents(string path, Roster roster)
    {
        using var stream = FileErrors.OpenRead(path);
        var purposes = ConsentPurposes.Defaults.Select(p => p.Code).ToList();
        try
        {
            var today = DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime);
            return new ConsentRegister(ConsentCsvReader.Read(stream, path, roster, purposes), SchoolYear.Of(today));
        }
        catch (ConsentFormatException e)
        {
            throw new UsageException(
                $"Het toestemmingenbestand '{path}' bevat fouten; er is niets van ingelezen:{Environment.NewLine}{string.Join(Environment.NewLine, e.Problems.Select(p => $"  {p}"))}");
        }
    }
}
