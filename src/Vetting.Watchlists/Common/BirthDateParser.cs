using System.Globalization;
using System.Text.RegularExpressions;
using Vetting.Core.Watchlists;

namespace Vetting.Watchlists.Common;

/// <summary>
/// Parses a date of birth as lists write it, keeping only the precision the text states:
/// ISO (<c>1972</c>, <c>1972-11</c>, <c>1972-11-26</c>), OFAC (<c>26 Nov 1972</c>, <c>Feb 1970</c>, <c>circa 1958</c>,
/// <c>1955 to 1957</c>), UK/EU (<c>26/11/1972</c>, <c>00/00/1972</c>, <c>dd.mm.yyyy</c>).
/// </summary>
internal static partial class BirthDateParser
{
    public static BirthDate? Parse(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var text = raw.Trim();
        var approximate = false;
        var circa = CircaPrefix().Match(text);
        if (circa.Success)
        {
            approximate = true;
            text = text[circa.Length..].Trim();
        }

        var range = YearRange().Match(text);
        if (range.Success)
        {
            var from = int.Parse(range.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
            var to = int.Parse(range.Groups[2].ValueSpan, CultureInfo.InvariantCulture);
            return new BirthDate(raw.Trim()) { RangeFromYear = from, RangeToYear = to, Approximate = true };
        }

        var dates = DateRange().Match(text);
        if (dates.Success && ParseSingle(dates.Groups[1].Value) is { Year: { } fromYear } start
            && ParseSingle(dates.Groups[2].Value) is { Year: { } toYear } end)
        {
            // "01 Jan 1961 to 31 Dec 1962", "Mar 1970 to Feb 1971": a range of years; one year (and month) when both ends share it.
            var sameYear = fromYear == toYear;
            return new BirthDate(raw.Trim())
            {
                RangeFromYear = fromYear,
                RangeToYear = toYear,
                Approximate = true,
                Year = sameYear ? fromYear : null,
                Month = sameYear && start.Month == end.Month ? start.Month : null,
            };
        }

        var parsed = ParseSingle(text);
        return parsed is null ? null : parsed with { Raw = raw.Trim(), Approximate = approximate };
    }

    /// <summary>A birth date from separate parts (UN YEAR/DATE, EU attributes); zero or missing parts are unknown.</summary>
    public static BirthDate FromParts(string raw, int? year, int? month, int? day, bool approximate = false) =>
        new(raw)
        {
            Year = year is > 0 ? year : null,
            Month = month is >= 1 and <= 12 ? month : null,
            Day = day is >= 1 and <= 31 ? day : null,
            Approximate = approximate,
        };

    private static BirthDate? ParseSingle(string text)
    {
        var iso = IsoDate().Match(text);
        if (iso.Success)
        {
            return FromParts(text, Int(iso.Groups[1]), Int(iso.Groups[2]), Int(iso.Groups[3]));
        }

        var numeric = DayMonthYear().Match(text);
        if (numeric.Success)
        {
            return FromParts(text, Int(numeric.Groups[3]), Int(numeric.Groups[2]), Int(numeric.Groups[1]));
        }

        var named = NamedMonth().Match(text);
        if (named.Success && TryMonth(named.Groups[2].Value, out var month))
        {
            return FromParts(text, Int(named.Groups[3]), month, Int(named.Groups[1]));
        }

        return null;
    }

    private static int? Int(Group group) =>
        group.Success && int.TryParse(group.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static bool TryMonth(string name, out int month)
    {
        month = 0;
        if (name.Length < 3)
        {
            return false;
        }

        var prefix = name[..3];
        var names = CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames;
        for (var i = 0; i < 12; i++)
        {
            if (string.Equals(names[i], prefix, StringComparison.OrdinalIgnoreCase))
            {
                month = i + 1;
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^(circa|ca\.?|approximately|approx\.?|about)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CircaPrefix();

    [GeneratedRegex(@"^(\d{4})\s*(?:to|-|–)\s*(\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex YearRange();

    [GeneratedRegex(@"^(.+?)\s+(?:to|-|–)\s+(.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex DateRange();

    [GeneratedRegex(@"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:T.*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(\d{1,2})[./](\d{1,2})[./](\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"^(?:(\d{1,2})\s+)?([A-Za-z]{3,9})\.?\s+(\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex NamedMonth();
}
