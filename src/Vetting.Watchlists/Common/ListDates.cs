using System.Globalization;

namespace Vetting.Watchlists.Common;

/// <summary>Parses the header and listing dates of list files; null when the text is not such a date.</summary>
internal static class ListDates
{
    private static readonly string[] DayMonthYearFormats = ["dd/MM/yyyy", "d/M/yyyy"];

    /// <summary>An ISO 8601 timestamp or date (<c>2026-02-27T00:00:09.554Z</c>, <c>2024-06-13T08:59:23+02:00</c>); UTC when no offset.</summary>
    public static DateTimeOffset? Timestamp(string? raw) =>
        raw is not null && DateTimeOffset.TryParse(raw.Trim(), CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var value)
            ? value
            : null;

    /// <summary>An ISO date <c>yyyy-MM-dd</c> (a time part, if any, is ignored).</summary>
    public static DateOnly? IsoDate(string? raw)
    {
        var text = raw?.Trim();
        if (text is null || text.Length < 10)
        {
            return null;
        }

        return DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
    }

    /// <summary>A UK-style <c>dd/mm/yyyy</c> date.</summary>
    public static DateOnly? DayMonthYear(string? raw) =>
        raw is not null && DateOnly.TryParseExact(raw.Trim(), DayMonthYearFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    /// <summary>Midnight UTC of a date, for publishers that state only a day.</summary>
    public static DateTimeOffset? StartOfDay(DateOnly? date) =>
        date is { } d ? new DateTimeOffset(d, TimeOnly.MinValue, TimeSpan.Zero) : null;
}
