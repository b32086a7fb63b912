using System.Text;
using System.Xml.Linq;
using Vetting.Core.Watchlists;
using Vetting.Testing;
using Vetting.Watchlists.Importing;
using Vetting.Watchlists.Ofac;
using static Vetting.Watchlists.Tests.Ofac.OfacTestData;

namespace Vetting.Watchlists.Tests.Ofac;

/// <summary>
/// Shapes the real excerpts do not contain (a classic-XML vessel with title and citizenship, Enhanced date
/// intervals), written by hand in the published schemas, plus proof that the readers stream.
/// </summary>
public sealed class OfacSyntheticInputTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Read_ClassicVesselAndTitledIndividual_MapVesselInfoTitleAndCitizenship()
    {
        var file = _temp.File("sdn.xml");
        File.WriteAllText(file, """
            <?xml version="1.0" standalone="yes"?>
            <sdnList xmlns="http://tempuri.org/sdnList.xsd">
              <publshInformation><Publish_Date>07/01/2021</Publish_Date><Record_Count>9999</Record_Count></publshInformation>
              <sdnEntry>
                <uid>1</uid><lastName>TEST VESSEL</lastName><sdnType>Vessel</sdnType>
                <programList><program>CUBA</program></programList>
                <idList><id><uid>11</uid><idType>Vessel Registration Identification</idType><idNumber>IMO 7405558</idNumber></id></idList>
                <vesselInfo><callSign>ABC123</callSign><vesselType>General Cargo</vesselType><vesselFlag>Cuba</vesselFlag>
                  <vesselOwner>Owner Co.</vesselOwner><tonnage>2597</tonnage><grossRegisteredTonnage>1098</grossRegisteredTonnage></vesselInfo>
              </sdnEntry>
              <sdnEntry>
                <uid>2</uid><firstName>Ivan Ivanovich</firstName><lastName>TESTOV</lastName><sdnType>Individual</sdnType>
                <title>Deputy Head; Acting Minister</title>
                <programList><program>UKRAINE-EO13660</program></programList>
                <citizenshipList><citizenship><uid>21</uid><country>Russia</country><mainEntry>true</mainEntry></citizenship></citizenshipList>
                <dateOfBirthList><dateOfBirthItem><uid>22</uid><dateOfBirth>circa 1958</dateOfBirth><mainEntry>true</mainEntry></dateOfBirthItem>
                  <dateOfBirthItem><uid>23</uid><dateOfBirth>1955 to 1957</dateOfBirth><mainEntry>false</mainEntry></dateOfBirthItem></dateOfBirthList>
                <placeOfBirthList><placeOfBirthItem><uid>24</uid><placeOfBirth>Simferopol, Crimea, Ukraine</placeOfBirth><mainEntry>true</mainEntry></placeOfBirthItem></placeOfBirthList>
              </sdnEntry>
            </sdnList>
            """, new UTF8Encoding(false));
        var context = new ImportContext();

        var entities = ReadAll(new OfacXmlReader(), file, context);

        var vessel = entities.Entity("ofac-sdn:1");
        Assert.Equal(EntityKind.Vessel, vessel.Kind);
        Assert.Contains(vessel.Identifiers, i => i is { Type: IdentifierType.CallSign, Value: "ABC123" });
        Assert.Contains(vessel.Identifiers, i => i is { Type: IdentifierType.Imo, Value: "7405558" });
        Assert.Equal("CU", Assert.Single(vessel.Nationalities).Code);
        Assert.Equal("Vessel Type General Cargo; Tonnage 2597; GRT 1098; Vessel Owner Owner Co.", vessel.Remarks);

        var person = entities.Entity("ofac-sdn:2");
        Assert.Equal(["Deputy Head", "Acting Minister"], person.Positions);
        Assert.Equal("RU", Assert.Single(person.Citizenships).Code);
        Assert.Equal([(1958, true, null, null), (null, true, 1955, 1957)],
            person.BirthDates.Select(d => (d.Year, d.Approximate, d.RangeFromYear, d.RangeToYear)));
        Assert.Equal("UA", person.BirthPlaces[0].Code);
        Assert.Equal(new DateTimeOffset(2021, 7, 1, 0, 0, 0, TimeSpan.Zero), context.PublisherDate);
    }

    [Theory]
    [InlineData("1970-05-01", "1970-05-31", false, false, 1970, 5, null, null, null, false)]
    [InlineData("1970-05-17", "1970-05-17", true, false, 1970, 5, 17, null, null, true)]
    [InlineData("1955-01-01", "1957-12-31", false, true, null, null, null, 1955, 1957, true)]
    [InlineData("1960-01-01", "1960-12-31", true, false, 1960, null, null, null, null, true)]
    public void BirthDate_EnhancedInterval_KeepsOnlyTheStatedPrecision(
        string from, string to, bool approximate, bool range, int? year, int? month, int? day, int? rangeFrom, int? rangeTo, bool expectApproximate)
    {
        var valueDate = XElement.Parse($"""
            <valueDate><fromDateBegin>{from}</fromDateBegin><fromDateEnd>{from}</fromDateEnd><toDateBegin>{to}</toDateBegin>
            <toDateEnd>{to}</toDateEnd><isApproximate>{approximate.ToString().ToLowerInvariant()}</isApproximate>
            <isDateRange>{range.ToString().ToLowerInvariant()}</isDateRange></valueDate>
            """);

        var date = OfacEnhancedDates.BirthDate("as written", valueDate);

        Assert.Equal((year, month, day, rangeFrom, rangeTo, expectApproximate),
            (date.Year, date.Month, date.Day, date.RangeFromYear, date.RangeToYear, date.Approximate));
        Assert.Equal("as written", date.Raw);
    }

    [Fact]
    public void Read_FileBrokenNearItsEnd_YieldsLeadingRecordsBeforeReachingTheFault()
    {
        var csv = _temp.File("sdn.csv");
        var rows = RawRows(Sdn);
        File.WriteAllText(csv, string.Join("\r\n", rows) + "\r\n12345,\"BROKEN", Encoding.Latin1);
        var xml = _temp.File("sdn.xml");
        var text = File.ReadAllText(ClassicXml);
        File.WriteAllText(xml, text[..^200], new UTF8Encoding(false));

        var firstCsv = new OfacCsvReader().Read(WatchlistInput.OneFile(csv), new ImportContext(), TestContext.Current.CancellationToken).Take(3).ToList();
        var firstXml = new OfacXmlReader().Read(WatchlistInput.OneFile(xml), new ImportContext(), TestContext.Current.CancellationToken).Take(3).ToList();

        Assert.Equal(3, firstCsv.Count);
        Assert.Equal(3, firstXml.Count);
        Assert.Throws<WatchlistFormatException>(() => ReadAll(new OfacCsvReader(), csv));
        Assert.Throws<WatchlistFormatException>(() => ReadAll(new OfacXmlReader(), xml));
    }
}
