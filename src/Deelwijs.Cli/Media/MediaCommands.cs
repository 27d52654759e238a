using System.CommandLine;
using Deelwijs.Cli.Hosting;
using Deelwijs.Media;

namespace Deelwijs.Cli.Media;

/// <summary>'deelwijs media clean': a copy of a photo without its location and other metadata, to post instead.</summary>
internal static class MediaCommands
{
    public static Command Create()
    {
        var command = new Command("media", "Foto's en andere bestanden bij een bericht");
        command.Subcommands.Add(Clean());
        return command;
    }

    private static Command Clean()
    {
        var input = new Argument<string>("bestand") { Description = "De foto (JPEG of PNG)" };
        var output = new Option<string>("--output") { Description = "Waar de kopie komt (standaard: naast het bestand, met '-zonder-locatie' in de naam)", HelpName = "pad" };
        var command = new Command("clean", "Maak een kopie zonder locatie en andere metadata") { input, output };
        command.SetAction(parsed =>
        {
            var path = parsed.GetValue(input)!;
            var target = parsed.GetValue(output)
                ?? Path.Combine(Path.GetDirectoryName(path) ?? ".", $"{Path.GetFileNameWithoutExtension(path)}-zonder-locatie{Path.GetExtension(path)}");
            byte[] content;
            using (var stream = FileErrors.OpenRead(path))
            {
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                content = buffer.ToArray();
            }

            byte[]? clean;
            try
            {
                clean = MetadataStripper.Strip(content, Path.GetFileName(path));
            }
            catch (MediaFileException e)
            {
                throw new UsageException(e.Message);
            }

            if (clean is null)
            {
                throw new UsageException($"Van '{Path.GetFileName(path)}' kan Deelwijs geen kopie zonder metadata maken; dat kan alleen bij JPEG- en PNG-foto's.");
            }

            if (File.Exists(target))
            {
                throw new UsageException($"'{target}' bestaat al; kies een andere naam met --output.");
            }

            File.WriteAllBytes(target, clean);
            Console.WriteLine($"Kopie zonder locatie en andere metadata: {target}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
