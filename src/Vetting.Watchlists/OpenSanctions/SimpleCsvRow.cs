namespace Vetting.Watchlists.OpenSanctions;

/// <summary>One data row of a <c>targets.simple.csv</c>: the line it starts on and its unquoted, trimmed fields.</summary>
internal sealed record SimpleCsvRow(long Line, string[] Fields)
{
    /// <summary>The field of a column, or empty when the file has no such column.</summary>
    public string Get(int column) => column < 0 ? "" : Fields[column];
}
