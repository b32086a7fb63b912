namespace Vetting.Watchlists.Importing;

/// <summary>
/// A list file that cannot be imported. The message names the file and, where known, the line and column,
/// so an operator can open the file at the fault.
/// </summary>
public sealed class WatchlistFormatException : Exception
{
    public WatchlistFormatException(string file, string problem, long? line = null, long? column = null, Exception? inner = null)
        : base(Describe(file, problem, line, column), inner)
    {
        FilePath = file;
        Problem = problem;
        Line = line;
        Column = column;
    }

    public WatchlistFormatException()
        : this("(unknown file)", "the list could not be read")
    {
    }

    public WatchlistFormatException(string message)
        : this("(unknown file)", message)
    {
    }

    public WatchlistFormatException(string message, Exception innerException)
        : this("(unknown file)", message, inner: innerException)
    {
    }

    public string FilePath { get; }

    public string Problem { get; }

    public long? Line { get; }

    public long? Column { get; }

    private static string Describe(string file, string problem, long? line, long? column)
    {
        var where = Path.GetFileName(file);
        if (line is { } l)
        {
            where += column is { } c ? $":{l}:{c}" : $":{l}";
        }

        return $"{where}: {problem}";
    }
}
