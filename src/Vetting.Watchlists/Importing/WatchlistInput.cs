namespace Vetting.Watchlists.Importing;

/// <summary>
/// The files of one list to import. Most formats are one file; the OFAC CSV set is a main file plus siblings.
/// </summary>
/// <param name="MainFile">The file named by the user, or the one found in the folder they named.</param>
/// <param name="Siblings">Companion files by role (e.g. <c>alt</c>, <c>add</c>, <c>comments</c> for the OFAC CSV set).</param>
public sealed record WatchlistInput(string MainFile, IReadOnlyDictionary<string, string> Siblings)
{
    public static WatchlistInput OneFile(string file) => new(file, new Dictionary<string, string>());

    /// <summary>Every file that makes up the input, main file first.</summary>
    public IEnumerable<string> AllFiles => new[] { MainFile }.Concat(Siblings.Values.Order(StringComparer.Ordinal));
}
