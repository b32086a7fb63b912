using System.Text.Json;
using System.Text.RegularExpressions;
using Vetting.Core.Watchlists;
using Vetting.Testing;
using Vetting.Watchlists.Importing;
using Vetting.Watchlists.OpenSanctions;

namespace Vetting.Watchlists.Tests.OpenSanctions;

public sealed partial class FtmJsonReaderTests
{
    private static readonly string Fixture = TestPaths.ListFixture("opensanctions-entities.ftm.json");
    private const string Zakharov = "NK-aU5ybkbRFJucf8YMwsJvDw";
    private const string LlcCst = "NK-abdzbEBkqyT29GyREbiURZ";

    [Fact]
    public void Read_Fixture_YieldsEveryTargetLine()
    {
        var expected = File.ReadLines(Fixture).Count(line => TargetSchema().IsMatch(line) && !NotTarget().IsMatch(line));

        var context = new ImportContext();
        var entities = ReaderRun.All(new FtmJsonReader(), Fixture, context);

        Assert.Equal(20, expected);
        Assert.Equal(expected, entities.Count);
        Assert.Equal(10, entities.Count(e => e.Kind == EntityKind.Person));
        Assert.Equal(10, entities.Count(e => e.Kind == EntityKind.Organisation));
        Assert.Empty(context.Warnings);
        Assert.Equal(entities.Count, entities.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public void Read_MixedDatasets_UsesDefaultCollectionAsSourceAndLatestLastSeenAsDate()
    {
        var latest = File.ReadLines(Fixture)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Where(e => TargetSchema().IsMatch("\"schema\": \"" + e.GetProperty("schema").GetString() + "\""))
            .Max(e => DateTimeOffset.Parse(e.GetProperty("last_seen").GetString()! + "Z", System.Globalization.CultureInfo.InvariantCulture));
        var context = new ImportContext();

        var entities = ReaderRun.All(new FtmJsonReader(), Fixture, context);

        Assert.All(entities, e => Assert.Equal("opensanctions:default", e.Source));
        Assert.Equal("opensanctions:default:" + Zakharov, entities.ById(Zakharov).Id);
        Assert.Equal("opensanctions:default", context.Source);
        Assert.Equal(latest, context.PublisherDate);
    }

    [Fact]
    public void Read_Zakharov_HasNamePartsAliasesInEveryScriptAndFacts()
    {
        var person = ReaderRun.All(new FtmJsonReader(), Fixture).ById(Zakharov);

        Assert.Equal(EntityKind.Person, person.Kind);
        Assert.Equal("Alexander Vyacheslavovich ZAKHAROV", person.PrimaryName.Full);
        Assert.Equal(("Alexander", "Vyacheslavovich", "Vyacheslavovich", "ZAKHAROV"),
            (person.PrimaryName.Given, person.PrimaryName.Middle, person.PrimaryName.Patronymic, person.PrimaryName.Family));
        var cyrillic = Assert.Single(person.Aliases, a => a.Name == "Александр Вячеславович Захаров");
        Assert.Equal((NameScript.Cyrillic, AliasQuality.Strong, AliasType.Variation), (cyrillic.Script, cyrillic.Quality, cyrillic.Type));
        var ukrainian = Assert.Single(person.Aliases, a => a.Name == "Zakharov Oleksandr Viacheslavovych");
        Assert.Equal((NameScript.Latin, AliasType.Aka), (ukrainian.Script, ukrainian.Type));
        Assert.DoesNotContain(person.Aliases, a => a.Name.Equals(person.PrimaryName.Full, StringComparison.OrdinalIgnoreCase));
        var birth = Assert.Single(person.BirthDates);
        Assert.Equal((1965, 9, 21), (birth.Year, birth.Month, birth.Day));
        Assert.Equal(["RU"], person.Nationalities.Select(n => n.Code));
        Assert.Equal(["RU"], person.Citizenships.Select(n => n.Code));
        Assert.Contains(person.BirthPlaces, p => p.Raw == "Izhevsk, Russia");
        Assert.Contains("Owner of LLC CST", person.Positions);
        Assert.Contains(person.Identifiers, i => i is { Type: IdentifierType.TaxId, Value: "183111242406" });
        Assert.Contains(person.Identifiers, i => i is { Type: IdentifierType.Other, Value: "ofac-45937", RawType: "referent" });
        Assert.Equal("https://gels-avoirs.dgtresor.gouv.fr/Gels/RegistreDetail?idRegistre=7952", person.SourceUrl);
        Assert.Contains("Alexander Zakharov is a majority stakeholder of LLC CST", person.Remarks, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Zakharov_CarriesProgrammesAndEarliestListingDateOfHisSanctions()
    {
        var person = ReaderRun.All(new FtmJsonReader(), Fixture).ById(Zakharov);

        // Sanction records (lines 20, 22, 23, 26, 30, 43): SECO 2025-03-04, EU 2025-02-24, GB start 2023-12-06,
        // UA NSDC start 2023-07-01, OFAC and the EU travel ban without dates.
        Assert.Equal(new DateOnly(2023, 7, 1), person.ListedOn);
        Assert.Equal(["UA-SA1644", "US-RUSHAR", "NZ-RSA2022", "SECO-UKRAINE", "GB-RUS", "EU-UKR"], person.Programmes);
    }

    [Fact]
    public void Read_AddressEntity_IsResolvedIntoStructuredAddressAndNotRepeated()
    {
        var person = ReaderRun.All(new FtmJsonReader(), Fixture).ById(Zakharov);

        var structured = Assert.Single(person.Addresses, a => a.Raw == "272 Pushkinskaya Street, Apt 41, Izhevsk, 426008");
        Assert.Equal(("Izhevsk", "426008", "RU"), (structured.City, structured.PostalCode, structured.Country?.Code));
        Assert.Equal(["272 Pushkinskaya Street, Apt 41"], structured.Lines);
        Assert.Contains(person.Addresses, a => a.Raw == "IZHEVSK, 426008" && a.City is null);
        Assert.Equal(2, person.Addresses.Count);
    }

    [Fact]
    public void Read_Company_HasContactIdentifiersWeakAliasesAndProgrammeTextWhereNoId()
    {
        var company = ReaderRun.All(new FtmJsonReader(), Fixture).ById(LlcCst);

        Assert.Equal(EntityKind.Organisation, company.Kind);
        Assert.Equal("LLC CST", company.PrimaryName.Full);
        Assert.Null(company.PrimaryName.Given);
        Assert.Contains(company.Identifiers, i => i is { Type: IdentifierType.Email, Value: "info@zala.aero" });
        Assert.Contains(company.Identifiers, i => i is { Type: IdentifierType.Website, Value: "https://zala-aero.com/" });
        Assert.Contains(company.Identifiers, i => i is { Type: IdentifierType.Registration, Value: "1101841007938" });
        Assert.Contains(company.Aliases, a => a is { Name: "TsST LLC", Quality: AliasQuality.Weak });
        Assert.Contains(company.Programmes, p => p.StartsWith("資産凍結等", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2021, 10, 30), company.ListedOn);
        Assert.Equal(["RU"], company.Nationalities.Select(n => n.Code));
    }

    [Fact]
    public void Read_SingleDatasetExport_UsesThatDatasetAsSource()
    {
        using var temp = new TempDirectory();
        var file = temp.File("entities.ftm.json");
        File.WriteAllLines(file, File.ReadLines(Fixture).Skip(46));

        var entities = ReaderRun.All(new FtmJsonReader(), file);

        Assert.Equal(6, entities.Count);
        Assert.All(entities, e => Assert.Equal("opensanctions:eu_fsf", e.Source));
        var member = entities.ById("NK-2KeUB68qUJtykm3BuAcazG");
        Assert.Equal("opensanctions:eu_fsf:NK-2KeUB68qUJtykm3BuAcazG", member.Id);
        Assert.Contains("Member of the so-called ‘People’s Council’ of the so-called ‘Donetsk People’s Republic’", member.Positions);
        Assert.Contains(member.Aliases, a => a is { Name: "Тетяна Володимирівна ЖУРАВЛЕВА", Script: NameScript.Cyrillic });
    }

    [Fact]
    public void Read_SourceOverride_WinsOverDatasets()
    {
        var entities = ReaderRun.All(new FtmJsonReader(), Fixture, new ImportContext("opensanctions:sanctions"));

        Assert.Equal("opensanctions:sanctions:" + Zakharov, entities.ById(Zakharov).Id);
    }

    [GeneratedRegex("\"schema\":\\s*\"(Person|Organization|Company|LegalEntity|PublicBody|Vessel|Airplane)\"")]
    private static partial Regex TargetSchema();

    [GeneratedRegex("\"target\":\\s*false")]
    private static partial Regex NotTarget();
}
