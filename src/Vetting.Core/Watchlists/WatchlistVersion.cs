namespace Vetting.Core.Watchlists;

/// <summary>One imported version of one list source: what was read, from what, and when.</summary>
public sealed record WatchlistVersion
{
    public required string Source { get; init; }

    /// <summary>Unique per source and sortable in import order: <c>{sequence, 4 digits}-{imported at, UTC}</c>.</summary>
    public required string VersionId { get; init; }

    /// <summary>The file format name (e.g. <c>OfacCsv</c>, <c>UnXml</c>).</summary>
    public required string Format { get; init; }

    public required DateTimeOffset ImportedAt { get; init; }

    /// <summary>The publisher's own date for the file, when the format carries one.</summary>
    public DateTimeOffset? PublisherDate { get; init; }

    /// <summary>SHA-256 (hex) over the input files' bytes, in a fixed order.</summary>
    public required string ContentSha256 { get; init; }

    public required int EntityCount { get; init; }

    /// <summary>Primary names plus aliases.</summary>
    public required int NameCount { get; init; }

    public IReadOnlyDictionary<string, int> CountsByKind { get; init; } = new Dictionary<string, int>();

    /// <summary>File names (not paths) the version was read from.</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    public int WarningCount { get; init; }

    public int SkippedRecords { get; init; }

    /// <summary>How this version got here: <c>import</c>, <c>update</c> (downloaded), <c>bundled</c>.</summary>
    public string Origin { get; init; } = "import";

    /// <summary>The date the data is as of: the publisher's date, else the import time.</summary>
    public DateTimeOffset AsOf => PublisherDate ?? ImportedAt;
}
