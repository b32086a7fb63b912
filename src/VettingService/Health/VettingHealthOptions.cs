using System.ComponentModel.DataAnnotations;

namespace Vetting.Service.Health;

/// <summary>Readiness settings (<c>Vetting:Health</c>).</summary>
internal sealed class VettingHealthOptions
{
    public const string SectionName = "Vetting:Health";

    /// <summary>
    /// Cadence assumed for a list source that <c>watchlists/sources.json</c> does not name (a curated list), in hours;
    /// default one week, as <c>vetting lists show</c> assumes. A list older than twice its cadence makes readiness degraded.
    /// </summary>
    [Range(1, 24 * 366)]
    public int DefaultCadenceHours { get; set; } = 24 * 7;

    /// <summary>Seconds the database check waits for an answer before it reports the database unreachable.</summary>
    [Range(1, 300)]
    public int DatabaseTimeoutSeconds { get; set; } = 5;
}
