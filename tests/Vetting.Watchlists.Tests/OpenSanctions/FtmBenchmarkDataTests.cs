using Vetting.Core.Watchlists;
using Vetting.Testing;
using Vetting.Watchlists.Importing;
using Vetting.Watchlists.OpenSanctions;

namespace Vetting.Watchlists.Tests.OpenSanctions;

public sealed class FtmBenchmarkDataTests
{
    [Fact]
    public void Write_SmallFile_ReadsBackEveryTargetWithHelperFactsAttached()
    {
        using var temp = new TempDirectory();
        var file = temp.File("bench.ftm.json");

        var lines = FtmBenchmarkData.Write(file, 3_000);
        var context = new ImportContext();
        var entities = ReaderRun.All(new FtmJsonReader(), file, context);

        Assert.Equal(3_000 + 3_000 + 600, lines);
        Assert.Equal(File.ReadLines(file).Count(), lines);
        Assert.Equal(3_000, entities.Count);
        Assert.Empty(context.Warnings);
        Assert.Equal("opensanctions:default", context.Source);
        Assert.All(entities, e => Assert.NotNull(e.ListedOn));
        Assert.All(entities, e => Assert.Equal("https://example.org/sanctions/" + e.Id.Split(':')[^1], e.SourceUrl));
        Assert.Equal(600, entities.Count(e => e.Addresses.Any(a => a.City == "Simferopol")));
        Assert.Equal(1_800, entities.Count(e => e.Kind == EntityKind.Person && e.PrimaryName.Given is not null));
    }
}
