using Vetting.Testing;
using Vetting.Watchlists.Importing;
using Vetting.Watchlists.Tests.Common;
using Vetting.Watchlists.Un;

namespace Vetting.Watchlists.Tests.Un;

public sealed class UnXmlReaderBadInputTests : XmlReaderBadInputTests
{
    internal override IWatchlistReader Reader { get; } = new UnXmlReader();

    protected override string FixturePath => TestPaths.ListFixture("un-consolidated.xml");

    protected override string OtherFormatPath => TestPaths.ListFixture("uk-sanctions.xml");

    protected override string RecordOpen => "<INDIVIDUAL>";

    protected override string RecordClose => "</INDIVIDUAL>";

    [Fact]
    public void Read_RecordWithoutName_IsSkippedWithWarning()
    {
        var path = Write("noname.xml", """
            <CONSOLIDATED_LIST dateGenerated="2026-02-27T00:00:09.554Z">
              <INDIVIDUALS>
                <INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME> </FIRST_NAME><REFERENCE_NUMBER>QDi.001</REFERENCE_NUMBER></INDIVIDUAL>
                <INDIVIDUAL><DATAID>2</DATAID><FIRST_NAME>KEPT</FIRST_NAME></INDIVIDUAL>
                <INDIVIDUAL><FIRST_NAME>NO ID</FIRST_NAME></INDIVIDUAL>
              </INDIVIDUALS>
            </CONSOLIDATED_LIST>
            """);

        var (entities, context) = XmlReaderRun.All(Reader, path);

        Assert.Equal("un-sc:2", Assert.Single(entities).Id);
        Assert.Equal(2, context.SkippedRecords);
        Assert.Equal("noname.xml:3: record 1 has no name; skipped", context.Warnings[0].ToString());
        Assert.Equal("noname.xml:5: INDIVIDUAL record without DATAID; skipped", context.Warnings[1].ToString());
    }
}
