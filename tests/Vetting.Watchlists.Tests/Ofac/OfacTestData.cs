using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.RegularExpressions;
using Vetting.Core.Watchlists;
using Vetting.Testing;
using Vetting.Watchlists.Importing;

namespace Vetting.Watchlists.Tests.Ofac;

/// <summary>Fixture paths and independent raw-file counts for the OFAC reader tests.</summary>
internal static partial class OfacTestData
{
    public static string Sdn => TestPaths.ListFixture("ofac-sdn.csv");

    public static string Alt => TestPaths.ListFixture("ofac-alt.csv");

    public static string Add => TestPaths.ListFixture("ofac-add.csv");

    public static string Comments => TestPaths.ListFixture("ofac-sdn_comments.csv");

    public static string ClassicXml => TestPaths.ListFixture("ofac-consolidated.xml");

    public static string EnhancedXml => TestPaths.ListFixture("ofac-cons-enhanced.xml");

    public static WatchlistInput CsvExcerpt() => new(Sdn, new Dictionary<string, string>
    {
        ["alt"] = Alt,
        ["add"] = Add,
        ["comments"] = Comments,
    });

    public static WatchlistInput CsvFull() => new(TestPaths.ListFixture("full/ofac-sdn.csv"), new Dictionary<string, string>
    {
        ["alt"] = TestPaths.ListFixture("full/ofac-alt.csv"),
        ["add"] = TestPaths.ListFixture("full/ofac-add.csv"),
    });

    public static List<WatchlistEntity> ReadAll(IWatchlistReader reader, WatchlistInput input, ImportContext? context = null) =>
        [.. reader.Read(input, context ?? new ImportContext(), TestContext.Current.CancellationToken)];

    public static List<WatchlistEntity> ReadAll(IWatchlistReader reader, string file, ImportContext? context = null) =>
        ReadAll(reader, WatchlistInput.OneFile(file), context);

    /// <summary>The records of a raw OFAC CSV file: lines split on CRLF, the DOS end-of-file byte dropped.</summary>
    public static string[] RawRows(string file) =>
        File.ReadAllText(file, Encoding.Latin1).TrimEnd('\u001A').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The ent_num of the only SDN row that contains <paramref name="text"/>.</summary>
    public static string EntNumOfRowWith(string file, string text) =>
        RawRows(file).Single(r => r.Contains(text, StringComparison.Ordinal)).Split(',')[0];

    /// <summary>How many rows of a companion file belong to <paramref name="entNum"/>.</summary>
    public static int RowsFor(string file, string entNum) => RawRows(file).Count(r => r.StartsWith(entNum + ",", StringComparison.Ordinal));

    public static int Count(string file, [StringSyntax(StringSyntaxAttribute.Regex)] string pattern) =>
        Regex.Count(File.ReadAllText(file), pattern);

    public static WatchlistEntity Entity(this IEnumerable<WatchlistEntity> entities, string id) => entities.Single(e => e.Id == id);

    /// <summary>Asserts a <see cref="WatchlistFormatException"/> that names the file and, when given, the line.</summary>
    public static WatchlistFormatException AssertFormatError(Action read, string file, long? line = null)
    {
        var ex = Assert.Throws<WatchlistFormatException>(read);
        Assert.Contains(Path.GetFileName(file), ex.Message, StringComparison.Ordinal);
        if (line is { } l)
        {
            Assert.Equal(l, ex.Line);
            Assert.Contains($":{l}", ex.Message, StringComparison.Ordinal);
        }

        return ex;
    }
}
