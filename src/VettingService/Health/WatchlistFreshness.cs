using System.Globalization;
using System.Text.Json;
using Vetting.Core.Watchlists;

namespace Vetting.Service.Health;

/// <summary>One active list in the readiness response: which version, how old, and whether that is too old.</summary>
internal sealed record WatchlistFreshness(string VersionId, DateTimeOffset AsOf, TimeSpan Age, TimeSpan Cadence, bool Stale) : IHealthData
{
    /// <summary>How old <paramref name="version"/> is at <paramref name="now"/>, and whether that is stale (<see cref="IsStale"/>).</summary>
    public static WatchlistFreshness Assess(WatchlistVersion version, TimeSpan cadence, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(version);
        var age = now - version.AsOf;
        return new WatchlistFreshness(version.VersionId, version.AsOf, age, cadence, IsStale(age, cadence));
    }

    /// <summary>The one staleness rule (readiness, dashboard, watchlists page): older than twice the source's cadence.</summary>
    public static bool IsStale(TimeSpan age, TimeSpan cadence) => age > 2 * cadence;

    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("versionId", VersionId);
        writer.WriteString("asOf", AsOf.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        writer.WriteNumber("ageHours", Math.Round(Math.Max(0, Age.TotalHours), 1));
        writer.WriteNumber("cadenceHours", Math.Round(Cadence.TotalHours, 1));
        writer.WriteBoolean("stale", Stale);
        writer.WriteEndObject();
    }
}
