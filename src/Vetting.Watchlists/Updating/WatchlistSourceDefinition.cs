using Vetting.Watchlists.Importing;

namespace Vetting.Watchlists.Updating;

/// <summary>One official list as <c>watchlists/sources.json</c> describes it: where to fetch it and how often.</summary>
public sealed record WatchlistSourceDefinition
{
    /// <summary>Source code of the common model (e.g. <c>ofac-sdn</c>).</summary>
    public required string Source { get; init; }

    public required string Name { get; init; }

    public required string Publisher { get; init; }

    public required WatchlistFormat Format { get; init; }

    /// <summary>File name → download URL. The OFAC CSV set has several (SDN.CSV, ALT.CSV, ADD.CSV, SDN_COMMENTS.CSV).</summary>
    public required IReadOnlyDictionary<string, Uri> Files { get; init; }

    public required string Licence { get; init; }

    /// <summary>How often the publisher is expected to change the list; a version older than twice this is stale.</summary>
    public required int CadenceHours { get; init; }

    /// <summary>Off for sources whose licence needs a decision first (e.g. OpenSanctions for commercial users).</summary>
    public bool Enabled { get; init; } = true;

    public string? Notes { get; init; }
}
