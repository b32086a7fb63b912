namespace Vetting.Watchlists.Importing;

/// <summary>What to import and how.</summary>
/// <param name="Path">A list file, or a folder holding an OFAC CSV set.</param>
public sealed record ImportRequest(string Path)
{
    /// <summary>Overrides format detection.</summary>
    public WatchlistFormat? Format { get; init; }

    /// <summary>Overrides the source code the reader would choose (e.g. <c>ofac-cons</c> for consolidated files).</summary>
    public string? Source { get; init; }

    /// <summary>Activate even when the new version lost an implausible share of entities.</summary>
    public bool Force { get; init; }

    /// <summary>Largest share of entities a new version may lose against the active one before it is refused.</summary>
    public double MaxShrink { get; init; } = 0.2;

    /// <summary>How the file got here: <c>import</c>, <c>update</c>, <c>bundled</c>.</summary>
    public string Origin { get; init; } = "import";

    /// <summary>The data's date when the format carries none (e.g. the date a bundled copy was taken).</summary>
    public DateTimeOffset? AsOfFallback { get; init; }
}
