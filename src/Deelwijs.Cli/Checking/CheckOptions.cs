using System.CommandLine;

namespace Deelwijs.Cli.Checking;

/// <summary>The options of 'deelwijs check', with their Dutch help texts (CHECK-CONTRACT.md).</summary>
internal sealed class CheckOptions
{
    public Option<string> Protocol { get; } = new("--protocol") { Description = "Het protocol: johan-de-witt, konot, ssoe, asko, de-regenboog, of het pad naar een eigen protocolbestand", HelpName = "id|pad" };
    public Option<string> Channel { get; } = new("--channel") { Description = "Waar het bericht komt: private-account (standaard), school-account, board-account, school-app, website, functional-account", HelpName = "kanaal" };
    public Option<string> Role { get; } = new("--role") { Description = "Wie schrijft: staff (standaard), manager, director, board, office, communications, pupil, parent", HelpName = "rol" };
    public Option<string> Context { get; } = new("--context") { Description = "work of private (standaard: private bij een privéaccount, anders work)", HelpName = "situatie" };
    public Option<string> ReplyTo { get; } = new("--reply-to") { Description = "Het bericht reageert op een pupil, parent, staff of public", HelpName = "persoon" };
    public Option<bool> NegativeThread { get; } = new("--negative-thread") { Description = "Het bericht reageert op een negatieve discussie over de school" };
    public Option<bool> DuringLesson { get; } = new("--during-lesson") { Description = "Het bericht is tijdens een les geschreven" };
    public Option<string> Roster { get; } = new("--roster") { Description = "Leerlingen- en personeelslijst (CSV); namen daaruit zijn persoonsgegevens", HelpName = "pad" };
    public Option<string[]> SchoolName { get; } = new("--school-name") { Description = "Nog een naam van de school (mag vaker)", HelpName = "naam", Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = false };
    public Option<string[]> Media { get; } = new("--media") { Description = "Een foto, video of geluidsopname bij het bericht (mag vaker)", HelpName = "pad", Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = false };
    public Option<string[]> Depicts { get; } = new("--depicts") { Description = "Wie er op het beeld staat: een naam uit de leerlingenlijst (mag vaker)", HelpName = "naam", Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = false };
    public Option<string> Consents { get; } = new("--consents") { Description = "Toestemmingen voor beeld (CSV, zoals de schooladministratie ze uitvoert)", HelpName = "pad" };
    public Option<bool> Json { get; } = new("--json") { Description = "Uitkomst als JSON (voor andere programma's)" };
    public Option<string> Batch { get; } = new("--batch") { Description = "Controleer veel berichten: JSON-regels in, JSON-regels uit ('-' is standaardinvoer)", HelpName = "pad|-" };
    public Option<string> File { get; } = new("--file") { Description = "Lees de tekst uit een bestand", HelpName = "pad" };
    public Option<int?> Workers { get; } = new("--workers") { Description = "Aantal processorkernen voor --batch (standaard: alle)", HelpName = "aantal" };
    public Argument<string[]> Text { get; } = new("tekst") { Description = "De tekst van het bericht; '-' of niets: lees van standaardinvoer", Arity = ArgumentArity.ZeroOrMore };

    public void AddTo(Command command)
    {
        Option[] options = [Protocol, Channel, Role, Context, ReplyTo, NegativeThread, DuringLesson, Roster, SchoolName, Media, Depicts, Consents, Json, Batch, File, Workers];
        foreach (var option in options)
        {
            command.Options.Add(option);
        }

        command.Arguments.Add(Text);
    }
}
