using System.Text.RegularExpressions;
using Vetting.Core.Watchlists;
using Vetting.Watchlists.Importing;
using Vetting.Watchlists.Ofac;
using static Vetting.Watchlists.Tests.Ofac.OfacTestData;

namespace Vetting.Watchlists.Tests.Ofac;

public sealed partial class OfacEnhancedXmlReaderTests
{
    private readonly OfacEnhancedXmlReader _reader = new();

    [Fact]
    public void Read_Excerpt_YieldsEveryEntityWithDataAsOfAndConsolidatedSource()
    {
        var context = new ImportContext();
        var entities = ReadAll(_reader, EnhancedXml, context);

        var text = File.ReadAllText(EnhancedXml);
        Assert.Equal(16, Count(EnhancedXml, "<entity id="));
        Assert.Equal(Count(EnhancedXml, "<entity id="), entities.Count);
        Assert.Equal(Count(EnhancedXml, @"<entityType refId=""\d+"">Individual<"), entities.Count(e => e.Kind == EntityKind.Person));
        Assert.Equal(Count(EnhancedXml, @"<entityType refId=""\d+"">Entity<"), entities.Count(e => e.Kind == EntityKind.Organisation));
        Assert.Equal(new DateTimeOffset(2025, 1, 10, 0, 0, 0, TimeSpan.Zero), context.PublisherDate);

        // Every translation of every name is the primary name or an alias.
        var translations = NamesBlock().Matches(text).Sum(m => Regex.Count(m.Value, "<translation id="));
        Assert.Equal(translations - entities.Count, entities.Sum(e => e.Aliases.Count));
        var weakTranslations = NameBlock().Matches(text)
            .Where(m => m.Value.Contains("<isLowQuality>true</isLowQuality>", StringComparison.Ordinal))
            .Sum(m => Regex.Count(m.Value, "<translation id="));
        Assert.Equal(11, weakTranslations);
        Assert.Equal(weakTranslations, entities.Sum(e => e.Aliases.Count(a => a.Quality == AliasQuality.Weak)));
        Assert.Equal(Count(EnhancedXml, "<identityDocument id="), entities.Sum(e => e.Identifiers.Count(i => i.RawType is not ("Website" or "SWIFT/BIC" or "Email Address"))));

        // The export filter names only the "Consolidated List".
        Assert.All(entities, e => Assert.Equal(WatchlistSources.OfacConsolidated, e.Source));
        Assert.Equal(WatchlistSources.OfacConsolidated, context.Source);
        Assert.Empty(context.Warnings);
    }

    [Fact]
    public void Read_CyrillicTranslations_BecomeAliasesWithTheirScript()
    {
        var sberbank = ReadAll(_reader, EnhancedXml).Entity("ofac-cons:17018");

        Assert.Equal("PUBLIC JOINT STOCK COMPANY SBERBANK OF RUSSIA", sberbank.PrimaryName.Full);
        Assert.Equal(NameScript.Latin, sberbank.PrimaryName.Script);
        Assert.Contains(sberbank.Aliases, a => a is
            { Name: "ПУБЛИЧНОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО СБЕРБАНК РОССИИ", Script: NameScript.Cyrillic, Type: AliasType.OriginalScript, Quality: AliasQuality.Strong });
        Assert.Contains(sberbank.Aliases, a => a is { Name: "ПАО СБЕРБАНК", Script: NameScript.Cyrillic, Type: AliasType.Aka });
        Assert.Contains(sberbank.Aliases, a => a is { Name: "SBERBANK INDIA", Quality: AliasQuality.Weak });
        Assert.Contains(sberbank.Aliases, a => a is { Name: "OPEN JOINT STOCK COMPANY SBERBANK OF RUSSIA", Type: AliasType.Fka });
        Assert.Equal(["UKRAINE-EO13662", "RUSSIA-EO14024"], sberbank.Programmes);
        Assert.Equal(new DateOnly(2014, 9, 12), sberbank.ListedOn);
        Assert.Contains(sberbank.Identifiers, i => i is { Type: IdentifierType.Registration, Value: "1027700132195", Country: "RU" });
        Assert.Contains(sberbank.Identifiers, i => i is { Type: IdentifierType.TaxId, Value: "7707083893", Country: "RU" });
        Assert.Contains(sberbank.Identifiers, i => i is { Type: IdentifierType.Swift, Value: "SABRRUMM" });
        Assert.Equal(["www.sberbank.ru", "www.sberbank.com"], sberbank.Identifiers.Where(i => i.Type == IdentifierType.Website).Select(i => i.Value));
        Assert.Contains(sberbank.Addresses, a => a is { City: "Москва", PostalCode: "117312", Country.Code: "RU" });
        Assert.Contains(sberbank.Addresses, a => a is { City: "Moscow", Lines: ["19 ul. Vavilova"] });

        var railways = ReadAll(_reader, EnhancedXml).Entity("ofac-cons:34736");
        Assert.Contains(railways.Aliases, a => a is { Name: "ОАО РЖД", Script: NameScript.Cyrillic, Quality: AliasQuality.Weak });
    }

    [Fact]
    public void Read_ChineseTranslations_AreHan()
    {
        var entities = ReadAll(_reader, EnhancedXml);

        Assert.Contains(entities.Entity("ofac-cons:33111").Aliases, a => a is { Name: "深圳市大疆创新科技有限公司", Script: NameScript.Han });
        Assert.Contains(entities.Entity("ofac-cons:33114").Aliases, a => a is { Name: "商湯集團有限公司", Script: NameScript.Han });
        Assert.Contains(entities.Entity("ofac-cons:33114").Identifiers, i => i is { Type: IdentifierType.Other, Value: "2162198", RawType: "C.R. No." });
    }

    [Fact]
    public void Read_Individual_HasPartsBirthDateNationalityAndListingDate()
    {
        var entities = ReadAll(_reader, EnhancedXml);
        var martelly = entities.Entity("ofac-cons:50476");
        var haniya = entities.Entity("ofac-cons:9639");
        var zahhar = entities.Entity("ofac-cons:9647");

        Assert.Equal(("MARTELLY, Michel Joseph", "MARTELLY", "Michel", "Joseph"),
            (martelly.PrimaryName.Full, martelly.PrimaryName.Family, martelly.PrimaryName.Given, martelly.PrimaryName.Middle));
        var dob = Assert.Single(martelly.BirthDates);
        Assert.Equal((1961, 2, 12, false), (dob.Year, dob.Month, dob.Day, dob.Approximate));
        Assert.Equal(("Haiti", "HT"), (martelly.Nationalities[0].Raw, martelly.Nationalities[0].Code));
        Assert.Equal("HT", martelly.BirthPlaces[0].Code);
        Assert.Contains(martelly.Aliases, a => a is { Name: "Sweet Micky", Quality: AliasQuality.Weak });
        Assert.Contains(martelly.Identifiers, i => i is { Type: IdentifierType.NationalId, Value: "0032768386", Country: "HT" });
        Assert.Equal(new DateOnly(2024, 8, 20), martelly.ListedOn);

        var yearOnly = Assert.Single(haniya.BirthDates);
        Assert.Equal((1962, null, null), (yearOnly.Year, yearOnly.Month, yearOnly.Day));
        Assert.Equal(("Shati", null), (haniya.BirthPlaces[0].Raw, haniya.BirthPlaces[0].Code));
        Assert.Empty(haniya.Addresses); // its only address has no parts and no country
        Assert.Equal(new DateOnly(2006, 4, 12), haniya.ListedOn);

        Assert.Equal("PS", zahhar.Nationalities[0].Code);
        Assert.Contains("Acting for or on behalf of: HAMAS", zahhar.Remarks, StringComparison.Ordinal);
        Assert.Contains("Gender Male", zahhar.Remarks, StringComparison.Ordinal);
        Assert.Equal(["NS-PLC", "SDGT"], zahhar.Programmes);
    }

    [Fact]
    public void Read_WithoutExportFilter_DecidesTheSourceFromTheEntities()
    {
        using var temp = new Testing.TempDirectory();
        var text = File.ReadAllText(EnhancedXml);
        var noFilter = temp.File("no-filter.xml");
        File.WriteAllText(noFilter, FiltersBlock().Replace(text, ""));
        var sdnOnly = temp.File("sdn-only.xml");
        File.WriteAllText(sdnOnly, NonSdnListEntry().Replace(FiltersBlock().Replace(text, ""), ""));

        var consolidated = ReadAll(_reader, noFilter);
        var sdn = ReadAll(_reader, sdnOnly);
        var overridden = ReadAll(_reader, noFilter, new ImportContext(WatchlistSources.OfacSdn));

        Assert.DoesNotContain("<filters>", File.ReadAllText(noFilter), StringComparison.Ordinal);
        Assert.All(consolidated, e => Assert.Equal(WatchlistSources.OfacConsolidated, e.Source));
        Assert.All(sdn, e => Assert.Equal(WatchlistSources.OfacSdn, e.Source)); // entities left only on the SDN List (or none)
        Assert.All(overridden, e => Assert.StartsWith("ofac-sdn:", e.Id, StringComparison.Ordinal));
        Assert.Equal(16, overridden.Count);
    }

    [GeneratedRegex("<names>.*?</names>", RegexOptions.Singleline)]
    private static partial Regex NamesBlock();

    [GeneratedRegex(@"<name id=""\d+"">.*?</name>", RegexOptions.Singleline)]
    private static partial Regex NameBlock();

    [GeneratedRegex(@"\s*<filters>.*?</filters>", RegexOptions.Singleline)]
    private static partial Regex FiltersBlock();

    [GeneratedRegex(@"\s*<sanctionsList refId=""\d+"" id=""\d+"" datePublished=""[^""]*"">(?!SDN List<)[^<]*</sanctionsList>")]
    private static partial Regex NonSdnListEntry();
}
