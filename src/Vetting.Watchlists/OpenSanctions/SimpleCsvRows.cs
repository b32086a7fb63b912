using nietras.SeparatedValues;
using Vetting.Watchlists.Importing;

namespace Vetting.Watchlists.OpenSanctions;

/// <summary>
/// Streams the rows of a <c>targets.simple.csv</c> with Sep, behind <see cref="CsvRecordLimiter"/> (record length,
/// truncation, encoding). Every row must have as many fields as the header.
/// </summary>
internal static class SimpleCsvRows
{
    public static IEnumerable<SimpleCsvRow> Read(string file, Action<SimpleCsvColumns> onHeader, CancellationToken cancellationToken)
    {
        using var reader = Open(file);
        if (reader.IsEmpty)
        {
            throw new WatchlistFormatException(file, "the file is empty", line: 1);
        }

        var columns = SimpleCsvColumns.From(reader.Header, file);
        onHeader(columns);
        if (!reader.HasRows)
        {
            throw new WatchlistFormatException(file, "the file has a header but no rows", line: 2);
        }

        while (reader.MoveNext())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var row = ToRow(reader.Current, columns.Count, file);
            yield return row;
        }
    }

    private static SepReader Open(string file)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new WatchlistFormatException(file, "the file cannot be opened: " + ex.Message, inner: ex);
        }

        var limiter = new CsvRecordLimiter(stream, file);
        try
        {
            return Sep.Reader(o => o with { Sep = new Sep(','), HasHeader = true, Unescape = true, DisableColCountCheck = true })
                .From(limiter);
        }
        catch (ArgumentException)
        {
            // Sep refuses a header that repeats a column name; its message quotes the row, so it is not passed on.
            limiter.Dispose();
            throw new WatchlistFormatException(file, "not an OpenSanctions targets.simple.csv: the header repeats a column name", line: 1);
        }
        catch
        {
            limiter.Dispose();
            throw;
        }
    }

    private static SimpleCsvRow ToRow(SepReader.Row row, int expected, string file)
    {
        if (row.ColCount != expected)
        {
            throw new WatchlistFormatException(
                file, $"the row has {row.ColCount} fields, the header {expected} (truncated or malformed row)", row.LineNumberFrom);
        }

        var fields = new string[expected];
        for (var i = 0; i < expected; i++)
        {
            fields[i] = row[i].ToString().Trim();
        }

        return new SimpleCsvRow(row.LineNumberFrom, fields);
    }
}
