namespace Deelwijs.Documents;

/// <summary>The default Dutch letters a school starts from; their texts are in <c>Templates/*.txt</c>.</summary>
public static class LetterTemplates
{
    public const string InvitationPupil = "invitation-pupil";
    public const string InvitationStaff = "invitation-staff";
    public const string MeasurePupil = "measure-pupil";
    public const string MeasureStaff = "measure-staff";
    public const string SuspensionParents = "suspension-parents";
    public const string SuspensionInspectie = "suspension-inspectie";

    public static IReadOnlyList<LetterTemplate> Defaults { get; } =
    [
        Load(InvitationPupil, "Uitnodiging voor een gesprek (leerling en ouders)"),
        Load(InvitationStaff, "Uitnodiging voor een gesprek (medewerker)"),
        Load(MeasurePupil, "Mededeling van een maatregel (leerling)"),
        Load(MeasureStaff, "Mededeling van een disciplinaire maatregel (medewerker)"),
        Load(SuspensionParents, "Melding aan ouders van schorsing"),
        Load(SuspensionInspectie, "Melding schorsing aan de Inspectie"),
    ];

    public static LetterTemplate? Find(string code) =>
        Defaults.FirstOrDefault(t => string.Equals(t.Code, code, StringComparison.Ordinal));

    private static LetterTemplate Load(string code, string title)
    {
        using var stream = typeof(LetterTemplates).Assembly.GetManifestResourceStream($"Deelwijs.Documents.Templates.{code}.txt")
            ?? throw new InvalidOperationException($"The default letter {code} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return new LetterTemplate(code, title, reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd());
    }
}
