using System.Diagnostics;
using System.Text.RegularExpressions;
using Vetting.Core.Watchlists;
using Vetting.Testing;
using Vetting.Watchlists.Importing;
using Vetting.Watchlists.Ofac;
using static Vetting.Watchlists.Tests.Ofac.OfacTestData;

namespace Vetting.Watchlists.Tests.Ofac;

/// <summary>The whole SDN list of mid-2021 (8,976 rows, no SDN_COMMENTS.CSV in the fixture).</summary>
public sealed partial class OfacCsvReaderFullListTests
{
    private static readonly string FullSdn = TestPaths.ListFixture("full/ofac-sdn.csv");
    private static readonly string FullAlt = TestPaths.ListFixture("full/ofac-alt.csv");
    private static readonly string FullAdd = TestPaths.ListFixture("full/ofac-add.csv");

    private readonly OfacCsvReader _reader = new();

    [Fact]
    public void Read_FullList_YieldsEveryRowWithItsKind()
    {
        var context = new ImportContext();
        var watch = Stopwatch.StartNew();
        var entities = ReadAll(_reader, CsvFull(), context);
        watch.Stop();

        var rows = RawRows(FullSdn);
        Assert.Equal(8976, rows.Length);
        Assert.Equal(rows.Length, entities.Count);
        Assert.Equal(rows.Length, entities.Select(e => e.Id).Distinct().Count());
        Assert.Equal(rows.Count(r => r.Contains(",\"individual\",", StringComparison.Ordinal)), entities.Count(e => e.Kind == EntityKind.Person));
        Assert.Equal(rows.Count(r => r.Contains(",\"vessel\",", StringComparison.Ordinal)), entities.Count(e => e.Kind == EntityKind.Vessel));
        Assert.Equal(rows.Count(r => r.Contains(",\"aircraft\",", StringComparison.Ordinal)), entities.Count(e => e.Kind == EntityKind.Aircraft));
        Assert.DoesNotContain(entities, e => e.Kind == EntityKind.Unknown);
        Assert.Equal(0, context.SkippedRecords);

        // The only warning: the fixture has no SDN_COMMENTS.CSV.
        var warning = Assert.Single(context.Warnings);
        Assert.Contains("SDN_COMMENTS.CSV not supplied", warning.Message, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Read_FullList_JoinsEveryAliasAndAddressRow()
    {
        var byId = ReadAll(_reader, CsvFull()).ToDictionary(e => e.Id);

        var altRows = RawRows(FullAlt).Select(r => AltRow().Match(r)).ToList();
        Assert.All(altRows, m => Assert.True(m.Success));
        foreach (var row in altRows)
        {
            var entity = byId["ofac-sdn:" + row.Groups["ent"].Value];
            var name = WhiteSpaceRun().Replace(row.Groups["name"].Value, " "); // names are kept on one line, runs folded
            Assert.True(entity.PrimaryName.Full == name || entity.Aliases.Any(a => a.Name == name && a.Quality == AliasQuality.Strong),
                $"alias {row.Groups["alt"].Value} missing");
        }

        var addresses = RawRows(FullAdd)
            .Where(r => !EmptyAddress().IsMatch(r))
            .Select(r => r.Split(',')[0])
            .ToList();
        var withAddress = addresses.Distinct().ToList();
        Assert.All(withAddress, ent => Assert.NotEmpty(byId["ofac-sdn:" + ent].Addresses));
        Assert.True(byId.Values.Sum(e => e.Addresses.Count) <= addresses.Count);
        Assert.Equal(withAddress.Count, byId.Values.Count(e => e.Addresses.Count > 0));
    }

    [Fact]
    public void Read_FullList_ParsesRemarkFacts()
    {
        var entities = ReadAll(_reader, CsvFull());
        var rows = RawRows(FullSdn);

        // Besides "Email Address x" / "Website x", older rows write "x (email)" / "x (website)" and "Website:  x".
        Assert.Equal(rows.Count(r => EmailInRemarks().IsMatch(r)), entities.Count(e => e.Identifiers.Any(i => i.Type == IdentifierType.Email)));
        Assert.Equal(rows.Count(r => WebsiteInRemarks().IsMatch(r)), entities.Count(e => e.Identifiers.Any(i => i.Type == IdentifierType.Website)));
        Assert.Equal(rows.Count(r => DobInRemarks().IsMatch(r)), entities.Count(e => e.BirthDates.Count > 0));
        Assert.All(entities.SelectMany(e => e.BirthDates), d => Assert.True(d.Year is not null || d.RangeFromYear is not null, d.Raw));
        Assert.Equal(rows.Count(r => WeakAliasInRemarks().IsMatch(r)),
            entities.Count(e => e.Aliases.Any(a => a.Quality == AliasQuality.Weak)));
        Assert.Equal(rows.Count(r => r.Contains("IMO ", StringComparison.Ordinal)),
            entities.Count(e => e.Identifiers.Any(i => i.Type == IdentifierType.Imo)));
    }

    [GeneratedRegex(@"^(?<ent>\d+),(?<alt>\d+),""(?:aka|fka|nka)"",""(?<name>.*)"",-0- $")]
    private static partial Regex AltRow();

    [GeneratedRegex(@"^\d+,\d+,-0- ,-0- ,-0- ,-0- $")]
    private static partial Regex EmptyAddress();

    [GeneratedRegex(@"Email Address |\(email\)")]
    private static partial Regex EmailInRemarks();

    [GeneratedRegex(@"Website |Website:|\(website\)")]
    private static partial Regex WebsiteInRemarks();

    [GeneratedRegex(@"[afn]\.k\.a\. '")]
    private static partial Regex WeakAliasInRemarks();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpaceRun();

    [GeneratedRegex(@"[""; ]DOB ")]
    private static partial Regex DobInRemarks();
}
