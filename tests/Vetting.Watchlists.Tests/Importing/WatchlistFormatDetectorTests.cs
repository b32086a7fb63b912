using Vetting.Testing;
using Vetting.Watchlists.Importing;

namespace Vetting.Watchlists.Tests.Importing;

public sealed class WatchlistFormatDetectorTests
{
    [Theory]
    [InlineData("ofac-consolidated.xml", WatchlistFormat.OfacXml)]
    [InlineData("ofac-cons-enhanced.xml", WatchlistFormat.OfacEnhancedXml)]
    [InlineData("un-consolidated.xml", WatchlistFormat.UnXml)]
    [InlineData("full/un-consolidated.xml", WatchlistFormat.UnXml)]
    [InlineData("uk-sanctions.xml", WatchlistFormat.UkXml)]
    [InlineData("opensanctions-entities.ftm.json", WatchlistFormat.OpenSanctionsFtm)]
    [InlineData("opensanctions-targets.simple.csv", WatchlistFormat.OpenSanctionsSimpleCsv)]
    [InlineData("ofac-sdn.csv", WatchlistFormat.OfacCsv)]
    [InlineData("full/ofac-sdn.csv", WatchlistFormat.OfacCsv)]
    public void Resolve_RealFixture_DetectsFormatFromContent(string fixture, WatchlistFormat expected)
    {
        var (format, _) = WatchlistFormatDetector.Resolve(TestPaths.ListFixture(fixture));

        Assert.Equal(expected, format);
    }

    [Fact]
    public void Resolve_OfacSdnFile_FindsPrefixedLowerCaseSiblings()
    {
        var (_, input) = WatchlistFormatDetector.Resolve(TestPaths.ListFixture("ofac-sdn.csv"));

        Assert.Equal("ofac-alt.csv", Path.GetFileName(input.Siblings["alt"]));
        Assert.Equal("ofac-add.csv", Path.GetFileName(input.Siblings["add"]));
        Assert.Equal("ofac-sdn_comments.csv", Path.GetFileName(input.Siblings["comments"]));
    }

    [Fact]
    public void Resolve_FolderWithUpperCaseOfacSet_ReadsItAsOneList()
    {
        using var temp = new TempDirectory();
        File.Copy(TestPaths.ListFixture("ofac-sdn.csv"), temp.File("SDN.CSV"));
        File.Copy(TestPaths.ListFixture("ofac-alt.csv"), temp.File("ALT.CSV"));
        File.Copy(TestPaths.ListFixture("ofac-add.csv"), temp.File("ADD.CSV"));
        File.Copy(TestPaths.ListFixture("ofac-sdn_comments.csv"), temp.File("SDN_COMMENTS.CSV"));

        var (format, input) = WatchlistFormatDetector.Resolve(temp.Path);

        Assert.Equal(WatchlistFormat.OfacCsv, format);
        Assert.Equal("SDN.CSV", Path.GetFileName(input.MainFile));
        Assert.Equal(3, input.Siblings.Count);
    }

    [Fact]
    public void Resolve_OfacCommentsFileAlone_ExplainsToNameTheSdnFile()
    {
        var error = Assert.Throws<WatchlistFormatException>(() => WatchlistFormatDetector.Resolve(TestPaths.ListFixture("ofac-sdn_comments.csv")));

        Assert.Contains("companion file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_ForcedFormat_WinsOverDetection()
    {
        var (format, _) = WatchlistFormatDetector.Resolve(TestPaths.ListFixture("un-consolidated.xml"), WatchlistFormat.UkXml);

        Assert.Equal(WatchlistFormat.UkXml, format);
    }

    [Fact]
    public void Resolve_CuratedYaml_IsDetected()
    {
        using var temp = new TempDirectory();
        var path = temp.File("my-list.yaml");
        File.WriteAllText(path, "# our list\nlist: vetting-curated\nentries: []\n");

        var (format, _) = WatchlistFormatDetector.Resolve(path);

        Assert.Equal(WatchlistFormat.Curated, format);
    }

    [Fact]
    public void Resolve_FolderOfUnrelatedFiles_AsksForTheFile()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("a.txt"), "a");
        File.WriteAllText(temp.File("b.txt"), "b");

        var error = Assert.Throws<WatchlistFormatException>(() => WatchlistFormatDetector.Resolve(temp.Path));

        Assert.Contains("name the list file itself", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Supported_EveryFormat_HasExactlyOneReader()
    {
        Assert.Equal(Enum.GetValues<WatchlistFormat>().Order(), WatchlistReaders.Supported.Order());
    }
}
