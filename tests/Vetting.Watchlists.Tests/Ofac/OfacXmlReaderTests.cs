using System.Text;
using Vetting.Core.Watchlists;
using Vetting.Testing;
using Vetting.Watchlists.Importing;
using Vetting.Watchlists.Ofac;
using static Vetting.Watchlists.Tests.Ofac.OfacTestData;

namespace Vetting.Watchlists.Tests.Ofac;

public sealed class OfacXmlReaderTests
{
    private readonly OfacXmlReader _reader = new();

    [Fact]
    public void Read_Excerpt_YieldsEveryEntryAndThePublishDate()
    {
        var context = new ImportContext();
        var entities = ReadAll(_reader, ClassicXml, context);

        Assert.Equal(28, Count(ClassicXml, "<sdnEntry>"));
        Assert.Equal(Count(ClassicXml, "<sdnEntry>"), entities.Count);
        Assert.Equal(Count(ClassicXml, "<sdnType>Individual</sdnType>"), entities.Count(e => e.Kind == EntityKind.Person));
        Assert.Equal(Count(ClassicXml, "<sdnType>Entity</sdnType>"), entities.Count(e => e.Kind == EntityKind.Organisation));
        Assert.Equal(Count(ClassicXml, "<aka>"), entities.Sum(e => e.Aliases.Count));
        Assert.Equal(Count(ClassicXml, "<category>weak</category>"), entities.Sum(e => e.Aliases.Count(a => a.Quality == AliasQuality.Weak)));
        Assert.Equal(Count(ClassicXml, "<program>"), entities.Sum(e => e.Programmes.Count));
        Assert.Equal(new DateTimeOffset(2026, 1, 8, 0, 0, 0, TimeSpan.Zero), context.PublisherDate); // Record_Count 442 is the full list's
        Assert.All(entities, e => Assert.StartsWith("ofac-sdn:", e.Id, StringComparison.Ordinal));
        Assert.Empty(context.Warnings);
    }

    [Fact]
    public void Read_IndividualWithDocuments_MapsEveryField()
    {
        var martelly = ReadAll(_reader, ClassicXml).Entity("ofac-sdn:50476");

        Assert.Equal(EntityKind.Person, martelly.Kind);
        Assert.Equal(("MARTELLY, Michel Joseph", "MARTELLY", "Michel", "Joseph"),
            (martelly.PrimaryName.Full, martelly.PrimaryName.Family, martelly.PrimaryName.Given, martelly.PrimaryName.Middle));
        Assert.Equal([("MARTELLY, Michael", AliasQuality.Strong), ("Sweet Micky", AliasQuality.Weak)],
            martelly.Aliases.Select(a => (a.Name, a.Quality)));
        Assert.Equal(["ILLICIT-DRUGS-EO14059"], martelly.Programmes);
        Assert.Equal(("Haiti", "HT"), (martelly.Nationalities[0].Raw, martelly.Nationalities[0].Code));
        var dob = Assert.Single(martelly.BirthDates);
        Assert.Equal((1961, 2, 12), (dob.Year, dob.Month, dob.Day));
        Assert.Equal("HT", Assert.Single(martelly.BirthPlaces).Code);
        Assert.Contains(martelly.Identifiers, i => i is { Type: IdentifierType.NationalId, Value: "0032768386", Country: "HT" });
        Assert.Contains(martelly.Identifiers, i => i is { Type: IdentifierType.Other, Value: "M634550610520", Country: "US", RawType: "Driver's License No." });
        Assert.Equal(2, martelly.Identifiers.Count);
        Assert.Contains("Gender Male", martelly.Remarks, StringComparison.Ordinal);
        Assert.Contains("Executive Order 14059 information: Prohibition on any United States financial institution", martelly.Remarks, StringComparison.Ordinal);
        Assert.Equal(4, martelly.Addresses.Count);
        Assert.Contains(martelly.Addresses, a => a is { City: "Miami", Region: "FL", Country.Code: "US", Raw: "Miami, FL, United States" });
    }

    [Fact]
    public void Read_WeakAliasesAndNationality_AreKept()
    {
        var zahhar = ReadAll(_reader, ClassicXml).Entity("ofac-sdn:9647");

        Assert.Equal(["NS-PLC", "SDGT"], zahhar.Programmes);
        Assert.Equal(["ZAHAR, Mahmoud", "AL-ZAHAR, Mahmoud"], zahhar.Aliases.Where(a => a.Quality == AliasQuality.Weak).Select(a => a.Name));
        Assert.Contains(zahhar.Aliases, a => a is { Name: "AL ZAHAR, Mahmoud Khaled", Quality: AliasQuality.Strong, Type: AliasType.Aka });
        Assert.Equal(("Palestinian", "PS"), (zahhar.Nationalities[0].Raw, zahhar.Nationalities[0].Code));
        Assert.Equal("PS", Assert.Single(zahhar.Addresses).Country?.Code);
        var dob = Assert.Single(zahhar.BirthDates);
        Assert.Equal((1945, null, null), (dob.Year, dob.Month, dob.Day));
        Assert.StartsWith("(Linked To: HAMAS)", zahhar.Remarks, StringComparison.Ordinal);
        Assert.Contains("Secondary sanctions risk: section 1(b) of Executive Order 13224", zahhar.Remarks, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EntityIdList_SplitsIdentifiersFromInformation()
    {
        var entities = ReadAll(_reader, ClassicXml);
        var sberbank = entities.Entity("ofac-sdn:17018");
        var rosneft = entities.Entity("ofac-sdn:17022");

        Assert.Equal(EntityKind.Organisation, sberbank.Kind);
        Assert.Equal(["UKRAINE-EO13662", "RUSSIA-EO14024"], sberbank.Programmes);
        Assert.Contains(sberbank.Identifiers, i => i is { Type: IdentifierType.TaxId, Value: "7707083893", Country: "RU" });
        Assert.Contains(sberbank.Identifiers, i => i is { Type: IdentifierType.Registration, Value: "1027700132195", Country: "RU" });
        Assert.Contains(sberbank.Identifiers, i => i is { Type: IdentifierType.Swift, Value: "SABRRUMM" });
        Assert.Equal(["www.sberbank.ru", "www.sberbank.com"], sberbank.Identifiers.Where(i => i.Type == IdentifierType.Website).Select(i => i.Value));
        Assert.DoesNotContain(sberbank.Identifiers, i => i.RawType is "Target Type" or "Secondary sanctions risk:");
        Assert.Contains("Listing Date (EO 14024 Directive 2): 24 Feb 2022", sberbank.Remarks, StringComparison.Ordinal);
        Assert.Contains("Target Type Financial Institution", sberbank.Remarks, StringComparison.Ordinal);
        Assert.Contains(sberbank.Aliases, a => a.Type == AliasType.Fka);

        Assert.Contains(rosneft.Identifiers, i => i is { Type: IdentifierType.Email, Value: "postman@rosneft.ru" });
        Assert.Equal("CSSC OFFSHORE & MARINE ENGINEERING (GROUP) COMPANY LIMITED", entities.Entity("ofac-sdn:32079").PrimaryName.Full);
    }

    [Fact]
    public void Read_OldNamespace_ReadsTheSameEntries()
    {
        using var temp = new TempDirectory();
        var old = temp.File("sdn-2014.xml");
        File.WriteAllText(old, File.ReadAllText(ClassicXml).Replace(
            "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/XML", "http://tempuri.org/sdnList.xsd", StringComparison.Ordinal),
            new UTF8Encoding(false));

        var current = ReadAll(_reader, ClassicXml);
        var previous = ReadAll(_reader, old);

        Assert.Contains("tempuri.org", File.ReadAllText(old), StringComparison.Ordinal);
        Assert.Equal(current.Select(e => (e.Id, e.PrimaryName.Full, e.Aliases.Count, e.Identifiers.Count)),
            previous.Select(e => (e.Id, e.PrimaryName.Full, e.Aliases.Count, e.Identifiers.Count)));
    }

    [Fact]
    public void Read_ConsolidatedOverride_StampsConsolidatedSource()
    {
        var context = new ImportContext(WatchlistSources.OfacConsolidated);

        var entities = ReadAll(_reader, ClassicXml, context);

        Assert.All(entities, e => Assert.Equal(WatchlistSources.OfacConsolidated, e.Source));
        Assert.Equal("ofac-cons:9639", entities[0].Id);
    }
}
