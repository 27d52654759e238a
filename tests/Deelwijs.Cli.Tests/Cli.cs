using System.Diagnostics;
using System.Text;

namespace Deelwijs.Cli.Tests;

/// <summary>Runs the real 'deelwijs' program in its own process, as a user or a script would.</summary>
internal static class Cli
{
    private static readonly string Program = Path.Combine(AppContext.BaseDirectory, "deelwijs.dll");

    public static CliResult Run(string? stdin, params string[] args)
    {
        using var process = Start(args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("deelwijs did not finish within 60 seconds");
        }

        return new CliResult(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }

    /// <summary>Starts the program with standard input, output and error redirected, for a test that talks to it.</summary>
    public static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            StandardInputEncoding = new UTF8Encoding(false),
        };
        start.ArgumentList.Add(Program);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }

    public static string TempFile(string name, string content)
    {
        var folder = Path.Combine(Path.GetTempPath(), "deelwijs-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }
}

internal sealed record CliResult(int ExitCode, string Stdout, string Stderr);
