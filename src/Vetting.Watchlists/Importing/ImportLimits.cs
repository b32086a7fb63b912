namespace Vetting.Watchlists.Importing;

/// <summary>Bounds that keep a hostile or broken list file from exhausting memory.</summary>
internal static class ImportLimits
{
    /// <summary>Longest single record (CSV row, JSON line) or XML text value accepted, in characters.</summary>
    public const int MaxRecordChars = 4 * 1024 * 1024;

    /// <summary>Longest name or alias kept; longer values are not names and are skipped with a warning.</summary>
    public const int MaxNameChars = 1024;
}
