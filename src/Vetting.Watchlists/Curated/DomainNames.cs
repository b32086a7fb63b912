using System.Globalization;

namespace Vetting.Watchlists.Curated;

/// <summary>
/// Checks a domain as written in a curated list: <c>example.org</c> or <c>*.example.org</c> (the domain and all its
/// subdomains); internationalised names (<c>пример.рф</c>) are allowed. No scheme, path, port, user or spaces.
/// </summary>
internal static class DomainNames
{
    private static readonly IdnMapping Idn = new() { AllowUnassigned = false, UseStd3AsciiRules = true };

    /// <summary>The domain in lower case, or null with the reason it is not a domain.</summary>
    public static string? Normalise(string text, out string? reason)
    {
        var domain = text.Trim().ToLowerInvariant();
        var host = domain.StartsWith("*.", StringComparison.Ordinal) ? domain[2..] : domain;
        reason = Check(host);
        return reason is null ? domain : null;
    }

    private static string? Check(string host)
    {
        if (host.Contains("://", StringComparison.Ordinal) || host.IndexOfAny(['/', '@', ':', ' ', '?', '#']) >= 0)
        {
            return "write the domain alone (no scheme, path, port or e-mail user)";
        }

        string ascii;
        try
        {
            ascii = Idn.GetAscii(host);
        }
        catch (ArgumentException)
        {
            return "not a valid domain name";
        }

        var labels = ascii.Split('.');
        if (ascii.Length > 253 || labels.Length < 2)
        {
            return "a domain needs at least two labels, e.g. example.org";
        }

        foreach (var label in labels)
        {
            if (label.Length is 0 or > 63 || label[0] == '-' || label[^1] == '-' || !label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            {
                return "not a valid domain name";
            }
        }

        return labels[^1].All(char.IsAsciiDigit) ? "the last label of a domain cannot be a number" : null;
    }
}
