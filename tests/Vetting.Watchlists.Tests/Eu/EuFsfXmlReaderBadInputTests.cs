using Vetting.Core.Watchlists;
using Vetting.Testing;
using Vetting.Watchlists.Eu;
using Vetting.Watchlists.Importing;
using Vetting.Watchlists.Tests.Common;

namespace Vetting.Watchlists.Tests.Eu;

/// <summary>Bad input for the EU reader, cut from the hand-written <c>TestData/eu/eu-fsf-crimea.xml</c>.</summary>
public sealed class EuFsfXmlReaderBadInputTests : XmlReaderBadInputTests
{
    internal override IWatchlistReader Reader { get; } = new EuFsfXmlReader();

    protected override string FixturePath => EuTestData.Path("eu-fsf-crimea.xml");

    protected override string OtherFormatPath => TestPaths.ListFixture("un-consolidated.xml");

    protected override string RecordOpen => "<sanctionEntity ";

    protected override string RecordClose => "</sanctionEntity>";

    [Fact]
    public void Read_ExportRootInAnotherNamespace_ThrowsWrongFormat()
    {
        var path = Write("other-export.xml", """<export xmlns="urn:someone-else"><sanctionEntity logicalId="1"/></export>""");

        var ex = XmlReaderRun.Failure(Reader, path);

        Assert.Equal(
            "other-export.xml:1:2: wrong format: root element 'export' is in namespace 'urn:someone-else', expected 'http://eu.europa.ec/fpi/fsd/export'",
            ex.Message);
    }

    [Fact]
    public void Read_UnusableRecords_AreSkippedWithWarnings()
    {
        var path = Write("sparse.xml", """
            <export generationDate="2026-03-20">
              <sanctionEntity logicalId="1"><nameAlias wholeName=""/></sanctionEntity>
              <sanctionEntity euReferenceNumber="EU.1.1"><nameAlias wholeName="No Id"/></sanctionEntity>
              <sanctionEntity logicalId="3"><subjectType code="vessel"/><nameAlias wholeName="Kept"/></sanctionEntity>
            </export>
            """);

        var (entities, context) = XmlReaderRun.All(Reader, path);

        var kept = Assert.Single(entities);
        Assert.Equal(("eu-fsf:3", EntityKind.Unknown), (kept.Id, kept.Kind));
        Assert.Equal(new DateTimeOffset(2026, 3, 20, 0, 0, 0, TimeSpan.Zero), context.PublisherDate);
        Assert.Equal(2, context.SkippedRecords);
        Assert.Equal(
            ["sparse.xml:2: record 1: subjectType is missing or unknown; kind left Unknown",
             "sparse.xml:2: record 1 has no name; skipped",
             "sparse.xml:3: sanctionEntity record without logicalId; skipped",
             "sparse.xml:4: record 3: subjectType is missing or unknown; kind left Unknown"],
            context.Warnings.Select(w => w.ToString()));
    }
}
