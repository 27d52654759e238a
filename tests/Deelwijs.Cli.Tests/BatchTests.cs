using System.Text.Json;

namespace Deelwijs.Cli.Tests;

public sealed class BatchTests
{
    [Fact]
    public void Batch_keeps_input_order_and_reports_a_bad_line_without_stopping()
    {
        var lines = new List<string>();
        for (var i = 0; i < 500; i++)
        {
            lines.Add(JsonSerializer.Serialize(new { id = $"p{i}", text = i % 7 == 0 ? "Bel me op 06-12345678" : "Mooie dag vandaag" }));
        }

        lines.Insert(3, "{\"id\": \"kapot\", \"text\": ");
        lines.Insert(5, "{\"id\": \"rol\", \"text\": \"hoi\", \"role\": \"koning\"}");
        var result = Cli.Run(string.Join('\n', lines) + "\n", "check", "--batch", "-", "--protocol", "ssoe", "--workers", "2");

        Assert.Equal(0, result.ExitCode);
        var output = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(502, output.Count);
        Assert.Equal("p0", output[0].GetProperty("id").GetString());
        Assert.Equal("not-allowed", output[0].GetProperty("verdict").GetString());
        Assert.Equal("allowed", output[1].GetProperty("verdict").GetString());
        Assert.True(output[3].TryGetProperty("error", out var broken));
        Assert.Contains("geen geldige JSON", broken.GetString());
        Assert.Equal(4, output[3].GetProperty("line").GetInt32());
        Assert.Equal("rol", output[5].GetProperty("id").GetString());
        Assert.Contains("koning", output[5].GetProperty("error").GetString());
        Assert.Equal("p499", output[^1].GetProperty("id").GetString());
        Assert.Contains("502 berichten gelezen; 2 konden niet gecontroleerd worden, zie \"error\" in de uitvoer bij regels 4 en 6.", result.Stderr);
    }

    [Fact]
    public void Batch_summary_speaks_of_one_draft_in_the_singular_and_names_its_line()
    {
        var result = Cli.Run("{\"id\": \"a\", \"text\": \"Hoi\"}\nkapot\n", "check", "--batch", "-", "--protocol", "ssoe");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("2 berichten gelezen; 1 kon niet gecontroleerd worden, zie \"error\" in de uitvoer bij regel 2.", result.Stderr);
    }

    [Fact]
    public void Batch_lines_take_their_own_situation_over_the_command_line_defaults()
    {
        var input = "{\"id\": \"a\", \"text\": \"Hoi\", \"duringLesson\": true, \"role\": \"pupil\"}\n{\"id\": \"b\", \"text\": \"Hoi\"}\n";

        var result = Cli.Run(input, "check", "--batch", "-", "--protocol", "ssoe", "--role", "pupil");

        var output = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Contains(output[0].GetProperty("findings").EnumerateArray(), f => f.GetProperty("kind").GetString() == "lesson.during-lesson");
        Assert.Equal("allowed", output[1].GetProperty("verdict").GetString());
    }

    [Fact]
    public void A_text_that_is_too_long_gives_an_error_line()
    {
        var input = JsonSerializer.Serialize(new { id = "lang", text = new string('x', 20_001) }) + "\n";

        var result = Cli.Run(input, "check", "--batch", "-", "--protocol", "ssoe");

        using var line = JsonDocument.Parse(result.Stdout.Trim());
        Assert.Contains("te lang", line.RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_program_that_waits_for_each_answer_gets_it_before_sending_the_next_line()
    {
        using var process = Cli.Start("check", "--batch", "-", "--protocol", "ssoe");
        try
        {
            await process.StandardInput.WriteLineAsync("{\"id\": \"a\", \"text\": \"Bel me op 06-12345678\"}");
            await process.StandardInput.FlushAsync();
            var first = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));

            await process.StandardInput.WriteLineAsync("{\"id\": \"b\", \"text\": \"Mooie dag\"}");
            await process.StandardInput.FlushAsync();
            var second = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));

            using var a = JsonDocument.Parse(first!);
            using var b = JsonDocument.Parse(second!);
            Assert.Equal(("a", "not-allowed"), (a.RootElement.GetProperty("id").GetString(), a.RootElement.GetProperty("verdict").GetString()));
            Assert.Equal(("b", "allowed"), (b.RootElement.GetProperty("id").GetString(), b.RootElement.GetProperty("verdict").GetString()));
        }
        finally
        {
            process.StandardInput.Close();
            if (!process.WaitForExit(TimeSpan.FromSeconds(30)))
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }
}
