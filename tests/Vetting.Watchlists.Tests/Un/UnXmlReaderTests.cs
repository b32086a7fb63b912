using System.Text.RegularExpressions;
using Vetting.Core.Watchlists;
using Vetting.Testing;
using Vetting.Watchlists.Importing;
using Vetting.Watchlists.Tests.Common;
using Vetting.Watchlists.Un;

namespace Vetting.Watchlists.Tests.Un;

/// <summary>The UN reader over the real excerpt <c>un-consolidated.xml</c> and the whole list in <c>full/</c>.</summary>
public sealed partial class UnXmlReaderTests
{
    private static readonly Lazy<(List<WatchlistEntity> Entities, ImportContext Context)> Excerpt =
        new(() => XmlReaderRun.All(new UnXmlReader(), TestPaths.ListFixture("un-consolidated.xml")));

    [Theory]
    [InlineData("un-consolidated.xml")]
    [InlineData("full/un-consolidated.xml")]
    public void Read_RealList_YieldsOneEntityPerRecord(string fixture)
    {
        var path = TestPaths.ListFixture(fixture);
        var raw = File.ReadAllText(path);
        var individuals = IndividualTag().Count(raw);
        var entities = EntityTag().Count(raw);

        var (read, context) = XmlReaderRun.All(new UnXmlReader(), path);

        Assert.Equal(individuals + entities, read.Count);
        Assert.Equal(individuals, read.Count(e => e.Kind == EntityKind.Person));
        Assert.Equal(entities, read.Count(e => e.Kind == EntityKind.Organisation));
        Assert.Equal(0, context.WarningCount);
        Assert.Equal(read.Count, read.Select(e => e.Id).Distinct().Count());
        Assert.All(read, e => Assert.Equal(WatchlistSources.UnSecurityCouncil, e.Source));
        Assert.All(read, e => Assert.False(string.IsNullOrWhiteSpace(e.PrimaryName.Full)));
        Assert.All(read, e => Assert.Single(e.Identifiers, i => i.RawType == "UN reference"));
        Assert.Equal(new DateTimeOffset(2026, 2, 27, 0, 0, 9, 554, TimeSpan.Zero), context.PublisherDate);
    }

    [Fact]
    public void Read_Excerpt_CountsMatchSources()
    {
        var (entities, _) = Excerpt.Value;

        Assert.Equal(30, entities.Count);
        Assert.Equal(18, entities.Count(e => e.Kind == EntityKind.Person));
    }

    [Fact]
    public void Read_Qdi365_HasCyrillicOriginalScriptAndDocument()
    {
        var e = ByReference("QDi.365");

        Assert.Equal("un-sc:6908489", e.Id);
        Assert.Equal("AKHMED RAJAPOVICH CHATAEV", e.PrimaryName.Full);
        Assert.Null(e.PrimaryName.Given);
        Assert.Null(e.PrimaryName.Family);
        Assert.Equal(["Al-Qaida"], e.Programmes);
        Assert.Equal(new DateOnly(2015, 10, 2), e.ListedOn);
        var original = Assert.Single(e.Aliases, a => a.Name == "Ахмед Ражапович Чатаев");
        Assert.Equal(AliasType.OriginalScript, original.Type);
        Assert.Equal(NameScript.Cyrillic, original.Script);
        Assert.Equal(AliasQuality.Strong, original.Quality);
        var weak = Assert.Single(e.Aliases, a => a.Name == "Odnorukiy");
        Assert.Equal((AliasQuality.Weak, AliasType.Aka, NameScript.Latin), (weak.Quality, weak.Type, weak.Script));
        var weakOriginal = Assert.Single(e.Aliases, a => a.Name == "Однорукий");
        Assert.Equal((AliasQuality.Weak, AliasType.OriginalScript), (weakOriginal.Quality, weakOriginal.Type));
        Assert.Equal(AliasQuality.Strong, Assert.Single(e.Aliases, a => a.Name == "David Mayer").Quality);
        Assert.Equal("RU", Assert.Single(e.Nationalities).Code);
        var dob = Assert.Single(e.BirthDates);
        Assert.Equal((1980, 7, 4, false), (dob.Year, dob.Month, dob.Day, dob.Approximate));
        var place = Assert.Single(e.BirthPlaces);
        Assert.Equal("Vedeno Village, Vedenskiy District, Republic of Chechnya, Russian Federation", place.Raw);
        Assert.Equal("RU", place.Code);
        var id = Assert.Single(e.Identifiers, i => i.Type == IdentifierType.NationalId);
        Assert.Equal(("9600133195", "RU", "National Identification Number / national passport"), (id.Value, id.Country, id.RawType));
        Assert.Contains(e.Identifiers, i => i is { Type: IdentifierType.Other, Value: "QDi.365", RawType: "UN reference" });
        Assert.Equal(["SY", "IQ"], e.Addresses.Select(a => a.Country?.Code));
        Assert.StartsWith("As at Aug. 2015, one of the leaders", e.Remarks, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Iqi004_ApproximateYear()
    {
        var e = ByReference("IQi.004");

        Assert.Equal("ABID HAMID MAHMUD AL-TIKRITI", e.PrimaryName.Full);
        var dob = Assert.Single(e.BirthDates);
        Assert.Equal((1957, null, null, true), (dob.Year, dob.Month, dob.Day, dob.Approximate));
        Assert.Equal("approximately 1957", dob.Raw);
        Assert.Equal(NameScript.Arabic, Assert.Single(e.Aliases, a => a.Type == AliasType.OriginalScript).Script);
        Assert.Equal(3, e.Aliases.Count(a => a is { Type: AliasType.Aka, Quality: AliasQuality.Strong }));
    }

    [Theory]
    [InlineData("KPi.066", 1967, 1969)]
    [InlineData("SOi.020", 1957, 1962)]
    public void Read_BetweenYears_IsARange(string reference, int from, int to)
    {
        var dob = Assert.Single(ByReference(reference).BirthDates);

        Assert.Equal((from, to, null), (dob.RangeFromYear, dob.RangeToYear, dob.Year));
        Assert.Equal($"{from} to {to}", dob.Raw);
    }

    [Fact]
    public void Read_Kpi066_PositionAndNationality()
    {
        var e = ByReference("KPi.066");

        Assert.StartsWith("A leading official guiding the DPRK’s WMD development efforts.", Assert.Single(e.Positions), StringComparison.Ordinal);
        Assert.Equal("KP", Assert.Single(e.Nationalities).Code);
        Assert.Equal(["DPRK"], e.Programmes);
    }

    [Fact]
    public void Read_Tai011_ApproximateAndExactYearTitlesAndPassport()
    {
        var e = ByReference("TAi.011");

        Assert.Equal("AKHTAR MOHAMMAD MANSOUR SHAH MOHAMMED", e.PrimaryName.Full);
        Assert.Collection(e.BirthDates,
            d => Assert.Equal((1960, true), (d.Year, d.Approximate)),
            d => Assert.Equal((1966, null, false), (d.Year, d.Month, d.Approximate)));
        Assert.Equal(["Maulavi", "Mullah", "Minister of Civil Aviation and Transportation under the Taliban regime"], e.Positions);
        var passport = Assert.Single(e.Identifiers, i => i.Type == IdentifierType.Passport);
        Assert.Equal(("SE-011697", "AF"), (passport.Value, passport.Country));
        Assert.Equal(AliasQuality.Weak, Assert.Single(e.Aliases, a => a.Name == "Naib Imam").Quality);
        Assert.Equal("اختر محمد منصور شاه محمد", Assert.Single(e.Aliases, a => a.Script == NameScript.Arabic).Name);
        Assert.Equal("Band-e-Timur village, Maiwand District, Kandahar Province, Afghanistan", Assert.Single(e.BirthPlaces).Raw);
    }

    [Fact]
    public void Read_Iqi025_AliasBirthPlaceAndPassport()
    {
        var e = ByReference("IQi.025");

        Assert.Contains(e.BirthPlaces, p => p is { Raw: "Baghdad, Iraq", Code: "IQ" });
        Assert.Contains(e.BirthPlaces, p => p is { Raw: "Mosul, Iraq", Code: "IQ" });
        Assert.Equal("No34409/129", Assert.Single(e.Identifiers, i => i.Type == IdentifierType.Passport).Value);
    }

    [Fact]
    public void Read_EmptyAliasPlaceholder_IsSkipped()
    {
        var e = ByReference("CDi.001");

        Assert.Empty(e.Aliases);
        Assert.Equal((1971, false), (Assert.Single(e.BirthDates).Year, e.BirthDates[0].Approximate));
        Assert.Equal("CD", Assert.Single(e.Nationalities).Code);
    }

    [Fact]
    public void Read_Entities_NameOriginalScriptAndFormerNames()
    {
        var emirate = ByReference("QDe.131");
        var adf = ByReference("CDe.001");

        Assert.Equal((EntityKind.Organisation, "EMARAT KAVKAZ"), (emirate.Kind, emirate.PrimaryName.Full));
        var original = Assert.Single(emirate.Aliases);
        Assert.Equal(("Эмират Кавказ", NameScript.Cyrillic, AliasType.OriginalScript), (original.Name, original.Script, original.Type));
        Assert.Equal(3, adf.Aliases.Count(a => a is { Type: AliasType.Fka, Quality: AliasQuality.Strong }));
        Assert.Single(adf.Aliases, a => a.Type == AliasType.Aka);
    }

    [Fact]
    public void Read_EntityAddresses_StructuredAndFreeText()
    {
        var libya = ByReference("LYe.001");
        var exchange = ByReference("TAe.010");

        var address = Assert.Single(libya.Addresses);
        Assert.Equal(("Tripoli", "1103", "LY"), (address.City, address.PostalCode, address.Country?.Code));
        Assert.Equal(["1 Fateh Tower Office, No 99 22nd Floor, Borgaida Street"], address.Lines);
        Assert.Equal(16, exchange.Addresses.Count);
        Assert.StartsWith("Branch Office 2: Peshawar", exchange.Addresses[1].Raw, StringComparison.Ordinal);
    }

    private static WatchlistEntity ByReference(string reference) =>
        Assert.Single(Excerpt.Value.Entities, e => e.Identifiers.Any(i => i.RawType == "UN reference" && i.Value == reference));

    [GeneratedRegex("<INDIVIDUAL>")]
    private static partial Regex IndividualTag();

    [GeneratedRegex("<ENTITY>")]
    private static partial Regex EntityTag();
}
