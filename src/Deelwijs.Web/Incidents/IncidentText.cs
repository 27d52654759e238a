namespace Deelwijs.Web.Incidents;

/// <summary>Checks the free text of a report that has a form: the link.</summary>
public static class IncidentText
{
    /// <summary>A web address (http or https) of at most 500 characters, or null when none was given.</summary>
    public static string? Link(string? link)
    {
        var trimmed = link?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        if (trimmed.Length > Deelwijs.Data.Incident.LinkLength
            || !Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new IncidentInputException("De link klopt niet: plak het hele adres, dat begint met https://.");
        }

        return trimmed;
    }
}
