using System.Globalization;
using Deelwijs.Core.Checks;

namespace Deelwijs.Web.Pages.Controleren;

/// <summary>Names the finding a "pas toe" button belongs to, so a changed text never gets the fix of another finding.</summary>
public static class FixToken
{
    public static string Create(int number, Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return string.Create(CultureInfo.InvariantCulture, $"{number}|{finding.Kind}|{finding.Start ?? -1}");
    }

    /// <summary>The finding the token names, when the re-checked result still has that finding at that place.</summary>
    public static Finding? Find(string? token, IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var parts = token?.Split('|');
        if (parts is not { Length: 3 } || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || number < 1 || number > findings.Count)
        {
            return null;
        }

        var finding = findings[number - 1];
        return Create(number, finding) == token ? finding : null;
    }
}
