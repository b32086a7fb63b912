using System.Text.RegularExpressions;
using Vetting.Core.Watchlists;
using Vetting.Testing;
using Vetting.Watchlists.Importing;
using Vetting.Watchlists.Tests.Common;
using Vetting.Watchlists.Uk;

namespace Vetting.Watchlists.Tests.Uk;

/// <summary>The UK reader over the real excerpt <c>uk-sanctions.xml</c> (AFG0001 and RUS0070-RUS0081).</summary>
public sealed partial class UkXmlReaderTests
{
    private static readonly string FixturePath = TestPaths.ListFixture("uk-sanctions.xml");

    private static readonly Lazy<(List<WatchlistEntity> Entities, ImportContext Context)> Excerpt =
        new(() => XmlReaderRun.All(new UkXmlReader(), FixturePath));

    [Fact]
    public void Read_Excerpt_YieldsOneEntityPerDesignation()
    {
        var raw = File.ReadAllText(FixturePath);
        var (entities, context) = Excerpt.Value;

        Assert.Equal(DesignationTag().Count(raw), entities.Count);
        Assert.Equal(13, entities.Count);
        Assert.Equal(12, entities.Count(e => e.Kind == EntityKind.Person));
        Assert.Equal(EntityKind.Organisation, ById("AFG0001").Kind);
        Assert.Equal(0, context.WarningCount);
        Assert.Equal(new DateTimeOffset(2026, 3, 26, 0, 0, 0, TimeSpan.Zero), context.PublisherDate);
        Assert.All(entities, e => Assert.Equal(["uk-fcdo"], [e.Source]));
        Assert.All(entities.Skip(1), e => Assert.Equal(["The Russia (Sanctions) (EU Exit) Regulations 2019"], e.Programmes));
    }

    [Fact]
    public void Read_Afg0001_ArabicNameContactsAndAddresses()
    {
        var e = ById("AFG0001");
        var raw = File.ReadAllText(FixturePath);
        var block = raw[..raw.IndexOf("</Designation>", StringComparison.Ordinal)];

        Assert.Equal("HAJI KHAIRULLAH HAJI SATTAR MONEY EXCHANGE", e.PrimaryName.Full);
        Assert.Null(e.PrimaryName.Family);
        var arabic = Assert.Single(e.Aliases, a => a.Type == AliasType.OriginalScript);
        Assert.Equal(("حاجی خيرالله و حاجی ستار صرافی", NameScript.Arabic, null), (arabic.Name, arabic.Script, arabic.Lang));
        Assert.Equal(8, e.Aliases.Count(a => a is { Type: AliasType.Aka, Quality: AliasQuality.Strong }));
        Assert.Equal("helmand_exchange_msp@yahoo.com", Assert.Single(e.Identifiers, i => i.Type == IdentifierType.Email).Value);
        Assert.Equal(5, e.Identifiers.Count(i => i.Type == IdentifierType.Phone));
        Assert.Contains(e.Identifiers, i => i is { Type: IdentifierType.Other, Value: "12703", RawType: "OFSI group ID" });
        Assert.Contains(e.Identifiers, i => i is { Type: IdentifierType.Other, Value: "TAe.010", RawType: "UN reference" });
        Assert.Equal(AddressTag().Count(block), e.Addresses.Count);
        var first = e.Addresses[0];
        Assert.Equal(["Branch Office 7", "Shop numbers 21 and 22, 2nd Floor", "Kandahar City Sarafi Market", "Kandahar City", "Kandahar Province"], first.Lines);
        Assert.Equal("AF", first.Country?.Code);
        Assert.Contains(e.Addresses, a => a.Country?.Code == "AE");
        Assert.Equal(new DateOnly(2012, 6, 29), e.ListedOn);
        Assert.StartsWith("Pakistan National Tax Number: 1774308;", e.Remarks, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Rus0070_PartsMixedScriptAndDetails()
    {
        var e = ById("RUS0070");

        Assert.Equal("uk-fcdo:RUS0070", e.Id);
        Assert.Equal(("Ruslan Ismailovich Balbek", "Ruslan", "Ismailovich", "Balbek"),
            (e.PrimaryName.Full, e.PrimaryName.Given, e.PrimaryName.Middle, e.PrimaryName.Family));
        var original = Assert.Single(e.Aliases);
        Assert.Equal("Pуслан Исмаилович БАЛЬБЕК", original.Name);
        Assert.Equal((AliasType.OriginalScript, NameScript.Mixed), (original.Type, original.Script));
        Assert.Equal(["RU", "UZ"], e.Nationalities.Select(n => n.Code));
        var dob = Assert.Single(e.BirthDates);
        Assert.Equal((1977, 8, 28), (dob.Year, dob.Month, dob.Day));
        var place = Assert.Single(e.BirthPlaces);
        Assert.Equal(("Bekabad, Uzbekistan SSR (now Uzbekistan)", null), (place.Raw, place.Code));
        Assert.Equal(["Member of the State Duma, elected from the illegally annexed Autonomous Republic of Crimea."], e.Positions);
        Assert.Equal(new DateOnly(2020, 12, 31), e.ListedOn);
        Assert.Contains("The Director Disqualification Sanction was imposed on 09/04/2025.", e.Remarks, StringComparison.Ordinal);
        Assert.Contains("Member of the State Duma, elected from the illegally annexed", e.Remarks, StringComparison.Ordinal);
        Assert.Equal(("Russia", "RU"), (Assert.Single(e.Addresses).Raw, e.Addresses[0].Country?.Code));
    }

    [Fact]
    public void Read_Rus0072_VariationAndMixedUkrainianSpelling()
    {
        var e = ById("RUS0072");

        var variation = Assert.Single(e.Aliases, a => a.Type == AliasType.Variation);
        Assert.Equal(("Eduard Oleksandrovych BASURIN", AliasQuality.Strong), (variation.Name, variation.Quality));
        Assert.Equal(NameScript.Mixed, Assert.Single(e.Aliases, a => a.Name == "Едуард Олександрович БАСУРIН").Script);
        Assert.Equal(NameScript.Cyrillic, Assert.Single(e.Aliases, a => a.Name == "Эдуард Александрович БАСУРИН").Script);
    }

    [Fact]
    public void Read_Rus0077_EmptyNameSkippedVariationsAndTitle()
    {
        var e = ById("RUS0077");

        Assert.Equal("Denis Valentinovich Berezovskiy", e.PrimaryName.Full);
        Assert.Equal(5, e.Aliases.Count(a => a is { Type: AliasType.Variation, Quality: AliasQuality.Strong }));
        Assert.Contains(e.Aliases, a => a.Name == "Denys Valentynovych Berezovsky");
        Assert.Equal(["Rear Admiral", "Former Commander of the Ukrainian Navy", "Deputy Commander of the Black Sea Fleet of the Russian Federation"], e.Positions);
        Assert.Equal(["UA", "RU"], e.Nationalities.Select(n => n.Code));
    }

    [Fact]
    public void Read_Rus0074_PipeJoinedPositionIsSplitAndTrailingSpaceTrimmed()
    {
        var e = ById("RUS0074");

        Assert.Equal(["Member of the State Duma, elected from the illegally annexed city of Sevastopol", "Member of the Duma Committee on Control and Regulation"], e.Positions);
        Assert.Equal("Дмитрий Анатольевич БЕЛИК", Assert.Single(e.Aliases).Name);
        Assert.Equal("Non- permanent member of the Russian Security Council", ById("RUS0073").Positions[1]);
    }

    [Fact]
    public void Read_Rus0080_AliasesAndUkrainianLanguage()
    {
        var e = ById("RUS0080");

        Assert.Equal(AliasType.Variation, Assert.Single(e.Aliases, a => a.Name == "Igor Nikoalevich Beregovoy").Type);
        Assert.Equal((AliasType.Aka, AliasQuality.Strong), (Assert.Single(e.Aliases, a => a.Name == "Ihor Mykolayovych BEZLER").Type, AliasQuality.Strong));
        var ukrainian = Assert.Single(e.Aliases, a => a.Name == "Ігор Миколайович БЕЗЛЕР");
        Assert.Equal(("uk", NameScript.Cyrillic), (ukrainian.Lang, ukrainian.Script));
        Assert.Null(Assert.Single(e.Aliases, a => a.Name == "Игорь Николаевич БЕЗЛЕР").Lang);
        Assert.Equal(("Simferopol, The Autonomous Republic of Crimea and the city of Sevastopol, Ukraine", "UA"),
            (Assert.Single(e.BirthPlaces).Raw, e.BirthPlaces[0].Code));
    }

    private static WatchlistEntity ById(string uniqueId) => Assert.Single(Excerpt.Value.Entities, e => e.Id == "uk-fcdo:" + uniqueId);

    [GeneratedRegex("<Designation>")]
    private static partial Regex DesignationTag();

    [GeneratedRegex("<Address>")]
    private static partial Regex AddressTag();
}
