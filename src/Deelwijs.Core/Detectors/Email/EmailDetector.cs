using System.Collections.Frozen;
using Deelwijs.Core.Checks;
using Deelwijs.Core.Engine;

namespace Deelwijs.Core.Detectors.Email;

/// <summary>
/// Finds e-mail addresses of people. Addresses of a role or department (info@, administratie@,
/// secretariaat@, see role-addresses.tsv) are meant to be published and are left alone.
/// </summary>
internal sealed class EmailDetector : IDetector
{
    private const string Message = "Dit is een e-mailadres. Een persoonlijk e-mailadres is een persoonsgegeven: iedereen die het bericht ziet, kan deze persoon mailen.";
    private const string Suggestion = "Haal het adres weg of verwijs naar een algemeen adres van de school, zoals info@ of de administratie.";

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RoleAddresses =
        Lexicons.Read("Email/role-addresses").Select(row => row[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    public IReadOnlyList<string> Kinds { get; } = [FindingKinds.Email];

    public void Detect(DetectionContext context)
    {
        var text = context.Text.AsSpan();

        // No '@', no e-mail address.
        if (!text.Contains('@'))
        {
            return;
        }

        for (var at = text.IndexOf('@'); at >= 0; at = Next(text, at))
        {
            if (EmailAddresses.TryFind(text, at, out var start, out var end) && !RoleAddresses.Contains(text[start..at]))
            {
                context.Report(FindingKinds.Email, start, end - start, Message, Suggestion);
            }
        }
    }

    private static int Next(ReadOnlySpan<char> text, int at)
    {
        var next = text[(at + 1)..].IndexOf('@');
        return next < 0 ? -1 : at + 1 + next;
    }
}
