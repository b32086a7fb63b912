using System.Text.RegularExpressions;
using Vetting.Core.Watchlists;
using Vetting.Testing;
using Vetting.Watchlists.Importing;
using Vetting.Watchlists.OpenSanctions;

namespace Vetting.Watchlists.Tests.OpenSanctions;

public sealed partial class TargetsSimpleCsvReaderTests
{
    private static readonly string Fixture = TestPaths.ListFixture("opensanctions-targets.simple.csv");

    [Fact]
    public void Read_Fixture_YieldsEveryRowUnderTheDatasetSlug()
    {
        var expected = RowStart().Count(File.ReadAllText(Fixture));
        var context = new ImportContext();

        var entities = ReaderRun.All(new TargetsSimpleCsvReader(), Fixture, context);

        Assert.Equal(29, expected);
        Assert.Equal(expected, entities.Count);
        Assert.Equal((12, 14, 3), (entities.Count(e => e.Kind == EntityKind.Person), entities.Count(e => e.Kind == EntityKind.Organisation),
            entities.Count(e => e.Kind == EntityKind.Vessel)));
        Assert.All(entities, e => Assert.StartsWith("opensanctions:ua_war_sanctions:NK-", e.Id, StringComparison.Ordinal));
        Assert.Equal("opensanctions:ua_war_sanctions", context.Source);
        Assert.Equal(new DateTimeOffset(2026, 3, 13, 5, 41, 1, TimeSpan.Zero), context.PublisherDate);
        Assert.Empty(context.Warnings);
    }

    [Fact]
    public void Read_Vessel_HasImoOtherIdentifiersFormerNamesAndFlags()
    {
        var entities = ReaderRun.All(new TargetsSimpleCsvReader(), Fixture);

        var rosalin = entities.ById("NK-24cf2zYe7LEKhr2zFck73j");
        Assert.Equal((EntityKind.Vessel, "ROSALIN"), (rosalin.Kind, rosalin.PrimaryName.Full));
        Assert.Equal(["Ceram Sea", "Gold Sun", "Nurkez"], rosalin.Aliases.Select(a => a.Name));
        Assert.Equal(["LR", "PA", "SG", "ST"], rosalin.Nationalities.Select(n => n.Code));
        Assert.Equal([new EntityIdentifier(IdentifierType.Imo, "IMO9253325") { RawType = "identifier" }], rosalin.Identifiers);
        Assert.Equal(["UA-WS-MARE"], rosalin.Programmes);
        Assert.Null(rosalin.Remarks);
        var centurion = entities.ById("NK-2BqYpcHUPgg5MQnG9kYAkB");
        Assert.Equal([(IdentifierType.Other, "667001255"), (IdentifierType.Other, "9LU2058"), (IdentifierType.Imo, "IMO9380673")],
            centurion.Identifiers.Select(i => (i.Type, i.Value)));
    }

    [Fact]
    public void Read_Person_HasCyrillicAliasesBirthDateAndProgramme()
    {
        var person = ReaderRun.All(new TargetsSimpleCsvReader(), Fixture).ById("NK-29njFUEpfdb6449xarJxnw");

        Assert.Equal("SIVOZHELEZOV Ignat Vladimirovich", person.PrimaryName.Full);
        Assert.Equal(NameScript.Latin, person.PrimaryName.Script);
        Assert.Equal([("СИВОЖЕЛЄЗОВ Гнат Володимирович", NameScript.Cyrillic), ("СИВОЖЕЛЕЗОВ Игнат Владимирович", NameScript.Cyrillic)],
            person.Aliases.Select(a => (a.Name, a.Script)));
        Assert.All(person.Aliases, a => Assert.Equal(AliasQuality.Strong, a.Quality));
        var birth = Assert.Single(person.BirthDates);
        Assert.Equal((1987, 8, 1), (birth.Year, birth.Month, birth.Day));
        Assert.Equal(["UA-WS-STEALERS"], person.Programmes);
        Assert.Equal("He was involved in illegal archaeological excavations in 2017 on the temporarily occupied territory of the "
            + "Autonomous Republic of Crimea and the city of Sevastopol, namely: \"Frontovoye 4 settlement\"", person.Remarks);
        Assert.Equal("https://www.opensanctions.org/entities/NK-29njFUEpfdb6449xarJxnw/", person.SourceUrl);
    }

    [Fact]
    public void Read_MultiLineQuotedFieldsAndQuotedAliases_AreUnescaped()
    {
        var entities = ReaderRun.All(new TargetsSimpleCsvReader(), Fixture);

        var plant = entities.ById("NK-28mqu8V3AzembAmAfehWPd");
        Assert.Equal("JOINT-STOCK COMPANY \"KRASNOZAVODSKY CHEMICAL PLANT\"", plant.PrimaryName.Full);
        Assert.Contains("smoothbore guns. \nIt is part of the russian state corporation Rostec.", plant.Remarks, StringComparison.Ordinal);
        Assert.Equal(["1125042006462", "5042126251"], plant.Identifiers.Select(i => i.Value));
        var branch = entities.ById("NK-2YQ8jjokJjRK4WZXqcK8Mv");
        Assert.Equal("CRIMEAN REGIONAL BRANCH OF THE ALL-RUSSIAN PUBLIC ORGANIZATION OF VETERANS \"ROSSIYSKIY SOYUZ VETERANOV\"",
            Assert.Single(branch.Aliases).Name);
        Assert.Contains("temporarily occupied territory of the Republic of Crimea, Simferopol", Assert.Single(branch.Addresses).Raw,
            StringComparison.Ordinal);
        var ladoga = entities.ById("NK-77npqCZBu6m2bb2j7qb2Bc");
        Assert.StartsWith("The shipping company specialises", ladoga.Remarks, StringComparison.Ordinal);
        Assert.Equal(["UA-WS-MILIND", "UA-WS-UAVS"], entities.ById("NK-3RzqP8AT6PUWqVt5t379oZ").Programmes);
    }

    [Fact]
    public void Read_OlderExportWithoutProgramIdsAndLastChange_MapsColumnsByName()
    {
        using var temp = new TempDirectory();
        var file = temp.File("targets.simple.csv");
        // The alias "Vanya" Petrov is quoted within the ;-joined column, and that column is quoted again as a CSV field.
        File.WriteAllText(file, """""""
            "schema","id","name","aliases","countries","dataset"
            "Person","p-1","Ivan PETROV","Иван Петров;""""""Vanya"""" Petrov""","ua-cri","Some Regional Register"

            """"""");

        var entity = Assert.Single(ReaderRun.All(new TargetsSimpleCsvReader(), file));

        Assert.Equal("opensanctions:some_regional_register:p-1", entity.Id);
        Assert.Equal(["Иван Петров", "\"Vanya\" Petrov"], entity.Aliases.Select(a => a.Name));
        Assert.Equal("UA-CRI", Assert.Single(entity.Nationalities).Code);
        Assert.Empty(entity.Programmes);
    }

    [Fact]
    public void Read_RowsOfDifferentDatasets_UseDefaultCollection()
    {
        using var temp = new TempDirectory();
        var file = temp.File("targets.simple.csv");
        File.WriteAllText(file, "\"id\",\"schema\",\"name\",\"dataset\"\n\"a\",\"Person\",\"A B\",\"Ukraine War and Sanctions\"\n"
            + "\"b\",\"Company\",\"C D\",\"EU Financial Sanctions Files (FSF)\"\n");

        var entities = ReaderRun.All(new TargetsSimpleCsvReader(), file);

        Assert.Equal(["opensanctions:default:a", "opensanctions:default:b"], entities.Select(e => e.Id));
    }

    [Fact]
    public void Read_UnknownSchemaOrNoName_IsSkippedWithWarningNamingTheLine()
    {
        using var temp = new TempDirectory();
        var file = temp.File("targets.simple.csv");
        File.WriteAllText(file, "\"id\",\"schema\",\"name\"\n\"w\",\"CryptoWallet\",\"0xabc\"\n\"n\",\"Person\",\"\"\n\"ok\",\"Person\",\"A B\"\n");
        var context = new ImportContext();

        var entity = Assert.Single(ReaderRun.All(new TargetsSimpleCsvReader(), file, context));

        Assert.Equal("opensanctions:default:ok", entity.Id);
        Assert.Equal(2, context.SkippedRecords);
        Assert.Equal([2L, 3L], context.Warnings.Select(w => w.Line));
    }

    [GeneratedRegex("^\"[^\"\\n]+\",\"(Person|LegalEntity|Company|Organization|Vessel|Airplane)\",", RegexOptions.Multiline)]
    private static partial Regex RowStart();
}
