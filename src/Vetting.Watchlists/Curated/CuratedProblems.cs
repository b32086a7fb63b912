using Vetting.Watchlists.Importing;

namespace Vetting.Watchlists.Curated;

/// <summary>
/// The validation problems of a curated file, each with its line. A curated file with any problem is rejected
/// whole: the exception names the first problem's line and lists up to <see cref="MaxReported"/> problems.
/// </summary>
internal sealed class CuratedProblems(string file)
{
    public const int MaxReported = 50;
    private readonly List<(long Line, string Problem)> _problems = [];

    public int Count => _problems.Count;

    public void Add(long line, string problem)
    {
        if (_problems.Count < MaxReported)
        {
            _problems.Add((line, problem));
        }
    }

    public void ThrowIfAny()
    {
        if (_problems.Count == 0)
        {
            return;
        }

        var ordered = _problems.OrderBy(p => p.Line).ToList();
        var (line, problem) = ordered[0];
        var more = ordered.Skip(1).Select(p => $"\n{Path.GetFileName(file)}:{p.Line}: {p.Problem}");
        throw new WatchlistFormatException(file, problem + string.Concat(more), line);
    }
}
