namespace Vetting.Watchlists.Importing;

/// <summary>
/// What a reader learns about the file besides its entities: the source code, the publisher's date and
/// per-record warnings. One context per import.
/// </summary>
public sealed class ImportContext
{
    private const int MaxWarningsKept = 1000;
    private readonly List<ImportWarning> _warnings = [];

    /// <param name="sourceOverride">A source code the user forced (e.g. <c>ofac-cons</c>), or null to let the reader decide.</param>
    public ImportContext(string? sourceOverride = null)
    {
        SourceOverride = sourceOverride;
    }

    public string? SourceOverride { get; }

    /// <summary>Source code of the entities read (set by the reader; the override wins).</summary>
    public string? Source { get; set; }

    /// <summary>The date the publisher gives the file (publish date, generation date, dataAsOf).</summary>
    public DateTimeOffset? PublisherDate { get; set; }

    public IReadOnlyList<ImportWarning> Warnings => _warnings;

    /// <summary>Number of warnings, including those not kept once the cap is reached.</summary>
    public int WarningCount { get; private set; }

    /// <summary>Number of records the reader skipped as unusable.</summary>
    public int SkippedRecords { get; private set; }

    public void Warn(string file, long? line, string message, bool recordSkipped = false)
    {
        WarningCount++;
        if (recordSkipped)
        {
            SkippedRecords++;
        }

        if (_warnings.Count < MaxWarningsKept)
        {
            _warnings.Add(new ImportWarning(Path.GetFileName(file), line, message));
        }
    }

    /// <summary>The source to stamp on entities: the override when given, else what the reader chose.</summary>
    public string ResolveSource(string readerDefault) => SourceOverride ?? Source ?? readerDefault;
}

/// <param name="Message">Never contains list text (names, remarks): record ids and positions only.</param>
public sealed record ImportWarning(string File, long? Line, string Message)
{
    public override string ToString() => Line is { } l ? $"{File}:{l}: {Message}" : $"{File}: {Message}";
}
