using System.Globalization;
using System.Text.Json;

namespace Deelwijs.Cli.Tests;

/// <summary>--media, --depicts and --consents: the example photo carries GPS and two tagged pupils of the example roster.</summary>
public sealed class MediaOptionTests
{
    private const string Roster = """
        soort;voornaam;tussenvoegsel;achternaam;geboortedatum;groep;nummer
        leerling;Sanne;van der;Berg;2012-03-14;6B;10231
        leerling;Daan;;Jansen;2012-07-02;6B;10232
        leerling;Fatima;el;Amrani;2011-11-23;7A;10233
        """;

    private static readonly string Photo = ExampleFile("foto-met-locatie.jpg");
    private static readonly string CleanPhoto = ExampleFile("foto-zonder-metadata.jpg");

    private static string Today => DateTime.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string ExampleFile(string name)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Deelwijs.slnx")))
        {
            folder = folder.Parent;
        }

        return Path.Combine(folder?.FullName ?? throw new InvalidOperationException("repository root not found"), "examples", name);
    }

    private static List<(string Kind, string Message)> Findings(CliResult result) =>
        JsonDocument.Parse(result.Stdout).RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (f.GetProperty("kind").GetString()!, f.GetProperty("message").GetString()!)).ToList();

    [Fact]
    public void Names_in_the_photo_count_as_depicted_and_the_consent_file_decides()
    {
        var roster = Cli.TempFile("leerlingen.csv", Roster);
        var consents = Cli.TempFile("toestemmingen.csv", $"""
            nummer;doel;toestemming;datum;gegeven_door
            10231;sociale-media;ja;{Today};ouder
            10232;sociale-media;nee;{Today};ouder
            """);

        var result = Cli.Run(null, "check", "--protocol", "ssoe", "--roster", roster, "--consents", consents,
            "--channel", "school-account", "--role", "communications", "--media", Photo, "--json", "--", "Sportdag!");

        var findings = Findings(result);
        var consent = Assert.Single(findings, f => f.Kind == "media.consent-missing");
        Assert.Contains("Daan Jansen", consent.Message);
        Assert.Contains(findings, f => f.Kind == "media.location");
        Assert.Equal(4, result.ExitCode);
    }

    [Fact]
    public void A_chosen_pupil_with_consent_and_a_clean_photo_may_go_online()
    {
        var roster = Cli.TempFile("leerlingen.csv", Roster);
        var consents = Cli.TempFile("toestemmingen.csv", $"voornaam,tussenvoegsel,achternaam,doel,toestemming,datum,gegeven_door\nFatima,el,Amrani,website,ja,{Today},ouder\n");

        var result = Cli.Run(null, "check", "--protocol", "ssoe", "--roster", roster, "--consents", consents,
            "--channel", "website", "--role", "communications", "--media", CleanPhoto, "--depicts", "Fatima el Amrani", "--json", "--", "Open dag!");

        Assert.DoesNotContain(Findings(result), f => f.Kind.StartsWith("media.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_that_is_not_media_is_refused_in_Dutch()
    {
        var notAPhoto = Cli.TempFile("verslag.jpg", "Dit is gewoon tekst.");

        var result = Cli.Run(null, "check", "--protocol", "ssoe", "--media", notAPhoto, "--", "Hallo");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'verslag.jpg' is geen foto, video of geluidsopname", result.Stderr);
    }

    [Fact]
    public void A_depicted_name_must_be_on_the_roster()
    {
        var roster = Cli.TempFile("leerlingen.csv", Roster);

        var result = Cli.Run(null, "check", "--protocol", "ssoe", "--roster", roster, "--media", CleanPhoto, "--depicts", "Piet Puk", "--", "Hallo");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'Piet Puk' staat niet in de leerlingenlijst", result.Stderr);
    }

    [Fact]
    public void Depicts_without_a_roster_asks_for_one()
    {
        var result = Cli.Run(null, "check", "--protocol", "ssoe", "--depicts", "Sanne van der Berg", "--", "Hallo");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--roster", result.Stderr);
    }

    [Fact]
    public void A_broken_consent_file_names_every_bad_line_and_nothing_is_used()
    {
        var roster = Cli.TempFile("leerlingen.csv", Roster);
        var consents = Cli.TempFile("toestemmingen.csv", $"""
            nummer;doel;toestemming;datum;gegeven_door
            10231;sociale-media;ja;{Today};ouder
            10232;facebook;ja;{Today};ouder
            10233;website;misschien;{Today};ouder
            """);

        var result = Cli.Run(null, "check", "--protocol", "ssoe", "--roster", roster, "--consents", consents, "--", "Hallo");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("regel 3, kolom 'doel': 'facebook' is geen doel", result.Stderr);
        Assert.Contains("regel 4, kolom 'toestemming'", result.Stderr);
        Assert.Contains("er is niets van ingelezen", result.Stderr);
    }

    [Fact]
    public void Media_clean_writes_a_copy_without_location_next_to_the_photo()
    {
        var folder = Path.GetDirectoryName(Cli.TempFile("leeg.txt", ""))!;
        var photo = Path.Combine(folder, "sportdag.jpg");
        File.Copy(Photo, photo);

        var result = Cli.Run(null, "media", "clean", photo);

        Assert.Equal(0, result.ExitCode);
        var copy = Path.Combine(folder, "sportdag-zonder-locatie.jpg");
        var inspected = Deelwijs.Media.MediaInspector.Inspect(File.ReadAllBytes(copy), "kopie.jpg");
        Assert.False(inspected.HasLocation);
        Assert.Empty(inspected.TaggedNames);
        Assert.Equal(2, Cli.Run(null, "media", "clean", photo).ExitCode);
    }
}
