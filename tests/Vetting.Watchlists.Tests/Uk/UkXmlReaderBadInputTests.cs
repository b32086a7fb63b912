using Vetting.Core.Watchlists;
using Vetting.Testing;
using Vetting.Watchlists.Importing;
using Vetting.Watchlists.Tests.Common;
using Vetting.Watchlists.Uk;

namespace Vetting.Watchlists.Tests.Uk;

public sealed class UkXmlReaderBadInputTests : XmlReaderBadInputTests
{
    internal override IWatchlistReader Reader { get; } = new UkXmlReader();

    protected override string FixturePath => TestPaths.ListFixture("uk-sanctions.xml");

    protected override string OtherFormatPath => TestPaths.ListFixture("un-consolidated.xml");

    protected override string RecordOpen => "<Designation>";

    protected override string RecordClose => "</Designation>";

    [Fact]
    public void Read_ShipLowQualityAliasAndMissingPrimary_AreMapped()
    {
        var path = Write("ships.xml", """
            <?xml version="1.0" encoding="utf-8"?>
            <Designations>
              <DateGenerated>20/08/2026</DateGenerated>
              <Designation>
                <UniqueID>DPR0075</UniqueID>
                <Names>
                  <Name><Name6>Petrel 8</Name6><NameType>PRIMARY NAME</NameType></Name>
                  <Name><Name6>Jal Vahini</Name6><NameType>alias</NameType><AliasStrength>Low quality a.k.a</AliasStrength></Name>
                  <Name><Name6>Jal Vahini II</Name6><NameType>Alias</NameType><AliasStrength>Good quality a.k.a</AliasStrength></Name>
                </Names>
                <IndividualEntityShip>Ship</IndividualEntityShip>
                <ShipDetails><Ship><IMONumbers><IMONumber>IMO9562233</IMONumber></IMONumbers></Ship></ShipDetails>
              </Designation>
              <Designation>
                <UniqueID>RUS9999</UniqueID>
                <Names><Name><Name1>Only</Name1><Name6>ALIAS</Name6><NameType>Alias</NameType></Name></Names>
                <IndividualEntityShip>Individual</IndividualEntityShip>
                <IndividualDetails><Individual><DOBs><DOB>00/00/1965</DOB><DOB>00/07/1970</DOB></DOBs></Individual></IndividualDetails>
              </Designation>
              <Designation>
                <UniqueID>RUS9998</UniqueID>
                <Names><Name><NameType>Primary Name</NameType></Name></Names>
              </Designation>
            </Designations>
            """);

        var (entities, context) = XmlReaderRun.All(Reader, path);

        Assert.Equal(2, entities.Count);
        var ship = entities[0];
        Assert.Equal((EntityKind.Vessel, "Petrel 8", null), (ship.Kind, ship.PrimaryName.Full, ship.PrimaryName.Family));
        Assert.Equal(AliasQuality.Weak, Assert.Single(ship.Aliases, a => a.Name == "Jal Vahini").Quality);
        Assert.Equal(AliasQuality.Strong, Assert.Single(ship.Aliases, a => a.Name == "Jal Vahini II").Quality);
        Assert.Equal("9562233", Assert.Single(ship.Identifiers, i => i.Type == IdentifierType.Imo).Value);
        var person = entities[1];
        Assert.Equal(("Only ALIAS", "Only", "ALIAS"), (person.PrimaryName.Full, person.PrimaryName.Given, person.PrimaryName.Family));
        Assert.Collection(person.BirthDates,
            d => Assert.Equal((1965, null, null), (d.Year, d.Month, d.Day)),
            d => Assert.Equal((1970, 7, null), (d.Year, d.Month, d.Day)));
        Assert.Equal(new DateTimeOffset(2026, 8, 20, 0, 0, 0, TimeSpan.Zero), context.PublisherDate);
        Assert.Equal(1, context.SkippedRecords);
        Assert.Equal(
            ["ships.xml:14: record RUS9999: no Primary Name; the first name given stands in for it",
             "ships.xml:20: record RUS9998: IndividualEntityShip is missing or unknown; kind left Unknown",
             "ships.xml:20: record RUS9998 has no name; skipped"],
            context.Warnings.Select(w => w.ToString()));
    }
}
