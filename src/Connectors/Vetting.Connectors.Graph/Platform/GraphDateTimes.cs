using System.Globalization;
using Microsoft.Graph.Models;

namespace Vetting.Connectors.Graph.Platform;

/// <summary>
/// Converts Graph's <c>dateTimeTimeZone</c> (an offset-less wall-clock time plus a Windows or IANA zone name, graph-api.md
/// §2) to UTC, and zone names to IANA ids for the Core record.
/// </summary>
internal static class GraphDateTimes
{
    /// <summary>The instant in UTC; null when the value is missing, unparsable or its zone is unknown here.</summary>
    public static DateTimeOffset? ToUtc(DateTimeTimeZone? value)
    {
        if (value?.DateTime is not { Length: > 0 } text
            || !DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed))
        {
            return null;
        }

        if (parsed.Kind != DateTimeKind.Unspecified)
        {
            // The string carried an offset after all: it is exact.
            return new DateTimeOffset(parsed.ToUniversalTime(), TimeSpan.Zero);
        }

        if (FindZone(value.TimeZone) is not { } zone)
        {
            return null;
        }

        var offset = zone.GetUtcOffset(parsed);
        return new DateTimeOffset(parsed, offset).ToUniversalTime();
    }

    /// <summary>The zone for a Windows or IANA name ("UTC" and blank mean UTC); null when unknown.</summary>
    public static TimeZoneInfo? FindZone(string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || string.Equals(name.Trim(), "UTC", StringComparison.OrdinalIgnoreCase))
        {
            return TimeZoneInfo.Utc;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(name.Trim());
        }
        catch (TimeZoneNotFoundException)
        {
            return null;
        }
        catch (InvalidTimeZoneException)
        {
            return null;
        }
    }

    /// <summary>The IANA id for a Windows or IANA zone name, when known.</summary>
    public static string? IanaName(string? name)
    {
        if (FindZone(name) is not { } zone)
        {
            return null;
        }

        if (zone == TimeZoneInfo.Utc)
        {
            return "Etc/UTC";
        }

        return zone.HasIanaId ? zone.Id : TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? iana : null;
    }
}
