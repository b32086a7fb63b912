using System.Globalization;
using System.Xml.Linq;
using Vetting.Core.Watchlists;
using Vetting.Watchlists.Common;

namespace Vetting.Watchlists.Ofac;

/// <summary>
/// Birth dates of Enhanced XML: <c>valueDate</c> states an interval (<c>fromDateBegin</c> .. <c>toDateEnd</c>) plus
/// <c>isApproximate</c> and <c>isDateRange</c>. The precision is read off the interval: one day, one whole month or
/// one whole year; anything wider is a range of years. Never a full date the file does not state.
/// </summary>
internal static class OfacEnhancedDates
{
    public static BirthDate BirthDate(string? value, XElement? valueDate)
    {
        var from = ListDates.IsoDate(valueDate?.Text("fromDateBegin"));
        var to = ListDates.IsoDate(valueDate?.Text("toDateEnd") ?? valueDate?.Text("toDateBegin"));
        var raw = value ?? (from is { } f ? f.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "");
        var approximate = valueDate?.Flag("isApproximate") ?? false;
        if (from is not { } start || to is not { } end || end < start)
        {
            return WithApproximate(BirthDateParser.Parse(raw) ?? new BirthDate(raw), approximate);
        }

        if (valueDate?.Flag("isDateRange") == true || start.Year != end.Year)
        {
            return new BirthDate(raw) { RangeFromYear = start.Year, RangeToYear = end.Year, Approximate = true };
        }

        if (start == end)
        {
            return BirthDateParser.FromParts(raw, start.Year, start.Month, start.Day, approximate);
        }

        if (start.Month == end.Month && start.Day == 1 && end.Day == DateTime.DaysInMonth(end.Year, end.Month))
        {
            return BirthDateParser.FromParts(raw, start.Year, start.Month, null, approximate);
        }

        // Within one year but not one day or month: the year is what the file states for certain.
        var wholeYear = start.Month == 1 && start.Day == 1 && end.Month == 12 && end.Day == 31;
        return BirthDateParser.FromParts(raw, start.Year, null, null, approximate || !wholeYear);
    }

    private static BirthDate WithApproximate(BirthDate date, bool approximate) =>
        approximate ? date with { Approximate = true } : date;
}
