using Vetting.Core.Watchlists;
using Vetting.Watchlists.Importing;

namespace Vetting.Watchlists.Tests.Common;

/// <summary>Runs a reader over one file to the end, as the importer does.</summary>
internal static class XmlReaderRun
{
    public static (List<WatchlistEntity> Entities, ImportContext Context) All(IWatchlistReader reader, string path)
    {
        var context = new ImportContext();
        var entities = reader.Read(WatchlistInput.OneFile(path), context, TestContext.Current.CancellationToken).ToList();
        return (entities, context);
    }

    public static WatchlistFormatException Failure(IWatchlistReader reader, string path) =>
        Assert.Throws<WatchlistFormatException>(() => All(reader, path));

    /// <summary>1-based line of a character offset in a text.</summary>
    public static long LineAt(string text, int offset) => text.AsSpan(0, offset).Count('\n') + 1;
}
