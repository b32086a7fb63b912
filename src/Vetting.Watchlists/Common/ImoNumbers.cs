namespace Vetting.Watchlists.Common;

/// <summary>IMO ship numbers as lists write them ("IMO9562233", "IMO 9562233", "9562233").</summary>
internal static class ImoNumbers
{
    /// <summary>The seven digits when the text is an IMO number with or without its "IMO" prefix, else the text as given.</summary>
    public static string? Normalise(string? text)
    {
        var trimmed = text?.Trim();
        var digits = trimmed?.StartsWith("IMO", StringComparison.OrdinalIgnoreCase) == true ? trimmed[3..].Trim() : trimmed;
        return digits is { Length: 7 } && digits.All(char.IsAsciiDigit) ? digits : trimmed;
    }
}
