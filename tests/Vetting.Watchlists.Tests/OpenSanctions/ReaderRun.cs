using Vetting.Core.Watchlists;
using Vetting.Watchlists.Importing;

namespace Vetting.Watchlists.Tests.OpenSanctions;

/// <summary>Runs a reader over one file to the end, as the importer would.</summary>
internal static class ReaderRun
{
    public static List<WatchlistEntity> All(IWatchlistReader reader, string file, ImportContext? context = null) =>
        reader.Read(WatchlistInput.OneFile(file), context ?? new ImportContext(), TestContext.Current.CancellationToken).ToList();

    public static WatchlistFormatException Fails(IWatchlistReader reader, string file) =>
        Assert.Throws<WatchlistFormatException>(() => All(reader, file));

    public static WatchlistEntity ById(this IEnumerable<WatchlistEntity> entities, string idSuffix) =>
        Assert.Single(entities, e => e.Id.EndsWith(":" + idSuffix, StringComparison.Ordinal));
}
