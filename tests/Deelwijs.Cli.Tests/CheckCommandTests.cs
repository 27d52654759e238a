using System.Text.Json;

namespace Deelwijs.Cli.Tests;

public sealed class CheckCommandTests
{
    [Fact]
    public void A_harmless_post_is_allowed_with_exit_code_0()
    {
        var result = Cli.Run(null, "check", "--protocol", "ssoe", "--role", "pupil", "Wat was de sportdag leuk vandaag!");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("MAG ONLINE", result.Stdout);
    }

    [Fact]
    public void A_phone_number_is_marked_and_forbidden_with_exit_code_4()
    {
        var result = Cli.Run(null, "check", "--protocol", "ssoe", "Bel me gerust op 06-12345678 voor de ouderavond.");

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("MAG NIET ONLINE", result.Stdout);
        Assert.Contains("[[06-12345678]]", result.Stdout);
        Assert.Contains("ssoe/3.1.3", result.Stdout);
        Assert.Contains("Wat kun je doen:", result.Stdout);
    }

    [Fact]
    public void Json_output_has_the_contract_shape()
    {
        var result = Cli.Run(null, "check", "--protocol", "ssoe", "--json", "Bel me gerust op 06-12345678.");

        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal("not-allowed", root.GetProperty("verdict").GetString());
        Assert.Equal("ssoe", root.GetProperty("protocol").GetProperty("id").GetString());
        Assert.Equal("2024-06-12", root.GetProperty("protocol").GetProperty("version").GetString());
        var finding = root.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("kind").GetString() == "personal-data.phone");
        Assert.Equal("forbidden", finding.GetProperty("action").GetString());
        Assert.Equal(17, finding.GetProperty("start").GetInt32());
        Assert.Equal(11, finding.GetProperty("length").GetInt32());
        Assert.Equal("06-12345678", finding.GetProperty("excerpt").GetString());
        Assert.Contains("ssoe/3.1.3", finding.GetProperty("rules").EnumerateArray().Select(r => r.GetString()));
        Assert.False(string.IsNullOrWhiteSpace(finding.GetProperty("message").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(finding.GetProperty("suggestion").GetString()));
        Assert.Equal(JsonValueKind.Array, root.GetProperty("reminders").ValueKind);
    }

    [Fact]
    public void Text_is_read_from_standard_input_and_from_a_file()
    {
        var fromStdin = Cli.Run("Bel me op 06-12345678\n", "check", "--protocol", "ssoe", "--json");
        var file = Cli.TempFile("bericht.txt", "Bel me op 06-12345678");
        var fromFile = Cli.Run(null, "check", "--protocol", "ssoe", "--json", "--file", file);

        Assert.Equal(4, fromStdin.ExitCode);
        Assert.Equal(fromStdin.Stdout, fromFile.Stdout);
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error_in_dutch()
    {
        var result = Cli.Run(null, "check", "--protocol", "ssoe", "--kanaal", "website", "tekst");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Onbekende optie '--kanaal'", result.Stderr);
    }

    [Fact]
    public void Text_starting_with_a_dash_is_checked_after_double_dash()
    {
        var result = Cli.Run(null, "check", "--protocol", "ssoe", "--role", "pupil", "--", "-- groetjes van de klas");

        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void An_unknown_protocol_names_the_choices()
    {
        var result = Cli.Run(null, "check", "--protocol", "sssoe", "tekst");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Onbekend protocol 'sssoe'", result.Stderr);
        Assert.Contains("johan-de-witt", result.Stderr);
    }

    [Fact]
    public void An_unknown_channel_value_names_the_choices()
    {
        var result = Cli.Run(null, "check", "--protocol", "ssoe", "--channel", "tiktok", "tekst");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Onbekende waarde 'tiktok' voor --channel", result.Stderr);
    }

    [Fact]
    public void A_text_over_20000_characters_is_refused()
    {
        var result = Cli.Run(new string('a', 20_001), "check", "--protocol", "ssoe");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("te lang", result.Stderr);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var result = Cli.Run(null, "check", "--protocol", "ssoe", "--file", "/geen/bestand.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'/geen/bestand.txt' bestaat niet", result.Stderr);
    }
}
