namespace Vetting.Matching.Index;

/// <summary>A party's country codes as one compact string of two-letter codes ("RUUA"), interned per index.</summary>
internal static class PartyCountryCodes
{
    /// <summary>The party's distinct two-letter country codes, upper case, concatenated ("RUUA").</summary>
    public static string Join(IReadOnlyList<string>? codes)
    {
        var key = new System.Text.StringBuilder();
        foreach (var code in codes ?? [])
        {
            var upper = code?.Trim().ToUpperInvariant() ?? string.Empty;
            if (upper.Length >= 2 && char.IsAsciiLetterUpper(upper[0]) && char.IsAsciiLetterUpper(upper[1])
                && !Contains(key.ToString(), upper[..2]))
            {
                key.Append(upper.AsSpan(0, 2));
            }
        }

        return key.ToString();
    }

    /// <summary>True when <paramref name="countries"/> (as <see cref="Join"/> writes them) holds <paramref name="code"/>.</summary>
    public static bool Contains(string countries, string code)
    {
        for (var i = 0; i + 1 < countries.Length; i += 2)
        {
            if (countries[i] == code[0] && countries[i + 1] == code[1])
            {
                return true;
            }
        }

        return false;
    }
}
