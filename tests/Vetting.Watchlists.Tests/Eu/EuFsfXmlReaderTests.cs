using System.Text.RegularExpressions;
using Vetting.Core.Watchlists;
using Vetting.Watchlists.Eu;
using Vetting.Watchlists.Importing;
using Vetting.Watchlists.Tests.Common;

namespace Vetting.Watchlists.Tests.Eu;

/// <summary>
/// The EU FSF reader over <c>TestData/eu/*.xml</c>. These files are NOT excerpts of the EU list: no real excerpt of
/// the FSF XML could be obtained (see <c>shared/fixtures/lists/SOURCES.md</c>), so they were written by hand from
/// the schema documented in the formats document §3 (see <c>TestData/eu/README.md</c>). Replace them with a cut of a
/// real download once one is available.
/// </summary>
public sealed partial class EuFsfXmlReaderTests
{
    private static readonly Lazy<(List<WatchlistEntity> Entities, ImportContext Context)> Crimea =
        new(() => XmlReaderRun.All(new EuFsfXmlReader(), EuTestData.Path("eu-fsf-crimea.xml")));

    private static readonly Lazy<(List<WatchlistEntity> Entities, ImportContext Context)> Vessels =
        new(() => XmlReaderRun.All(new EuFsfXmlReader(), EuTestData.Path("eu-fsf-vessels.xml")));

    [Theory]
    [InlineData("eu-fsf-crimea.xml")]
    [InlineData("eu-fsf-vessels.xml")]
    public void Read_TestFile_YieldsOneEntityPerSanctionEntity(string name)
    {
        var path = EuTestData.Path(name);

        var (entities, context) = XmlReaderRun.All(new EuFsfXmlReader(), path);

        Assert.Equal(SanctionEntityTag().Count(File.ReadAllText(path)), entities.Count);
        Assert.Equal(0, context.WarningCount);
        Assert.All(entities, e => Assert.Equal(WatchlistSources.EuFsf, e.Source));
        Assert.All(entities, e => Assert.StartsWith("eu-fsf:900", e.Id, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_Crimea_PublisherDateAndKinds()
    {
        var (entities, context) = Crimea.Value;

        Assert.Equal(new DateTimeOffset(2026, 3, 20, 10, 15, 42, 123, TimeSpan.FromHours(1)), context.PublisherDate);
        Assert.Equal([EntityKind.Person, EntityKind.Person, EntityKind.Person, EntityKind.Organisation], entities.Select(e => e.Kind));
        Assert.All(entities, e => Assert.Equal(["UKR"], e.Programmes));
    }

    [Fact]
    public void Read_OccupationOfficial_PrimaryPartsCyrillicAndTransliterations()
    {
        var e = ById(Crimea, "900101");

        Assert.Equal(("Sergey Valeryevich AKSYONOV", "Sergey", "Valeryevich", "AKSYONOV"),
            (e.PrimaryName.Full, e.PrimaryName.Given, e.PrimaryName.Middle, e.PrimaryName.Family));
        Assert.Equal(["So-called 'Head' of the so-called 'Republic of Crimea'"], e.Positions);
        Assert.Equal(new DateOnly(2014, 3, 17), e.ListedOn);
        Assert.Contains(e.Identifiers, i => i is { Type: IdentifierType.Other, Value: "EU.9101.11", RawType: "EU reference" });
        Assert.DoesNotContain(e.Identifiers, i => i.RawType == "UN reference");
        var russian = Assert.Single(e.Aliases, a => a.Lang == "ru");
        Assert.Equal(("Сергей Валерьевич АКСЁНОВ", AliasType.OriginalScript, NameScript.Cyrillic), (russian.Name, russian.Type, russian.Script));
        var ukrainian = Assert.Single(e.Aliases, a => a.Lang == "uk");
        Assert.Equal(("Сергій Валерійович АКСЬОНОВ", AliasType.OriginalScript, NameScript.Cyrillic), (ukrainian.Name, ukrainian.Type, ukrainian.Script));
        Assert.Equal(["de", "fr", "sv", "pl", "cs", "lv", "lt", "el", "bg"],
            e.Aliases.Where(a => a.Type == AliasType.Variation).Select(a => a.Lang));
        Assert.Equal(NameScript.Greek, Assert.Single(e.Aliases, a => a.Lang == "el").Script);
        var weak = Assert.Single(e.Aliases, a => a.Quality == AliasQuality.Weak);
        Assert.Equal(("Sergei AKSENOV", AliasType.Aka, null), (weak.Name, weak.Type, weak.Lang));
        Assert.Equal(12, e.Aliases.Count);
        var dob = Assert.Single(e.BirthDates);
        Assert.Equal((1972, 11, 26, false), (dob.Year, dob.Month, dob.Day, dob.Approximate));
        Assert.Equal(("Beltsy (Bălţi), MOLDOVA, REPUBLIC OF", "MD"), (Assert.Single(e.BirthPlaces).Raw, e.BirthPlaces[0].Code));
        Assert.Equal(("RUSSIAN FEDERATION", "RU"), (Assert.Single(e.Citizenships).Raw, e.Citizenships[0].Code));
        Assert.Empty(e.Nationalities);
        Assert.StartsWith("Hand-written test record", e.Remarks, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_YearOnlyBirthDate_KeepsOnlyTheYear()
    {
        var e = ById(Crimea, "900201");

        var dob = Assert.Single(e.BirthDates);
        Assert.Equal((1968, null, null, false, "1968"), (dob.Year, dob.Month, dob.Day, dob.Approximate, dob.Raw));
        Assert.Equal(("Dzhankoi, Autonomous Republic of Crimea, UKRAINE", "UA"), (Assert.Single(e.BirthPlaces).Raw, e.BirthPlaces[0].Code));
        Assert.Equal(["UA", "RU"], e.Citizenships.Select(c => c.Code));
        var passport = Assert.Single(e.Identifiers, i => i.Type == IdentifierType.Passport);
        Assert.Equal(("3914 000001", "RU", "National passport"), (passport.Value, passport.Country, passport.RawType));
        Assert.Equal(AliasType.Variation, Assert.Single(e.Aliases, a => a.Name == "Nikolai Ivanovich PRIKLADENKO").Type);
    }

    [Fact]
    public void Read_CircaAndRange_AreApproximateAndUnknownCountriesDropped()
    {
        var e = ById(Crimea, "900301");

        Assert.Collection(e.BirthDates,
            d => Assert.Equal((1975, true, "circa 1975"), (d.Year, d.Approximate, d.Raw)),
            d => Assert.Equal((1974, 1976, null, true), (d.RangeFromYear, d.RangeToYear, d.Year, d.Approximate)));
        Assert.Empty(e.Citizenships);
        Assert.Empty(e.BirthPlaces);
        var address = Assert.Single(e.Addresses);
        Assert.Equal(["ul. Lenina 2"], address.Lines);
        Assert.Equal(("Sevastopol", "299011", "UA"), (address.City, address.PostalCode, address.Country?.Code));
    }

    [Fact]
    public void Read_Enterprise_ContactInfoBecomesIdentifiers()
    {
        var e = ById(Crimea, "900401");

        Assert.Null(e.PrimaryName.Given);
        Assert.Equal(2, e.Aliases.Count(a => a.Type == AliasType.OriginalScript));
        Assert.Equal(AliasType.Aka, Assert.Single(e.Aliases, a => a.Name == "GUP RK 'Krymsky Obraztsovy Terminal'").Type);
        Assert.Contains(e.Identifiers, i => i is { Type: IdentifierType.Email, Value: "info@kot-crimea.example", RawType: "EMAIL" });
        Assert.Contains(e.Identifiers, i => i is { Type: IdentifierType.Website, Value: "https://www.kot-crimea.example" });
        Assert.Contains(e.Identifiers, i => i is { Type: IdentifierType.Phone, Value: "+7 36561 00000" });
        Assert.Contains(e.Identifiers, i => i is { Type: IdentifierType.Other, Value: "+7 36561 00001", RawType: "FAX" });
        Assert.Contains(e.Identifiers, i => i is { Type: IdentifierType.Registration, Value: "1149102000001", Country: "RU" });
        Assert.Equal("ul. Portovaya 1, Kerch, Republic of Crimea, 298300, UKRAINE", Assert.Single(e.Addresses).Raw);
        Assert.Equal(new DateOnly(2014, 7, 25), e.ListedOn);
    }

    [Fact]
    public void Read_EnterpriseWithImo_IsAVessel()
    {
        var (entities, context) = Vessels.Value;
        var vessel = entities[0];

        Assert.Equal(new DateTimeOffset(2026, 3, 21, 6, 0, 0, TimeSpan.FromHours(1)), context.PublisherDate);
        Assert.Equal((EntityKind.Vessel, "KUM PRYKLAD"), (vessel.Kind, vessel.PrimaryName.Full));
        Assert.Equal("9000001", Assert.Single(vessel.Identifiers, i => i.Type == IdentifierType.Imo).Value);
        Assert.Contains(vessel.Identifiers, i => i is { Type: IdentifierType.Other, Value: "KPe.901", RawType: "UN reference" });
        Assert.Equal(["PRK"], vessel.Programmes);
        Assert.Equal(AliasType.Aka, Assert.Single(vessel.Aliases).Type);
    }

    [Fact]
    public void Read_NestedRegulation_AddsADistinctProgrammeAndPoBox()
    {
        var company = ById(Vessels, "900601");

        Assert.Equal(EntityKind.Organisation, company.Kind);
        Assert.Equal(["UKR", "RUS"], company.Programmes);
        var address = Assert.Single(company.Addresses);
        Assert.Equal(["PO Box 17", "Severnaya storona"], address.Lines);
        Assert.Equal(("Sevastopol", null), (address.City, address.Country));
        Assert.Contains(company.Identifiers, i => i is { Type: IdentifierType.Email, Value: "office@osk-sevastopol.example" });
        Assert.Contains(company.Identifiers, i => i is { Type: IdentifierType.TaxId, Value: "9204000001" });
    }

    private static WatchlistEntity ById(Lazy<(List<WatchlistEntity> Entities, ImportContext Context)> file, string logicalId) =>
        Assert.Single(file.Value.Entities, e => e.Id == "eu-fsf:" + logicalId);

    [GeneratedRegex("<sanctionEntity ")]
    private static partial Regex SanctionEntityTag();
}
