using System.Text;
using Vetting.Testing;
using Vetting.Watchlists.Importing;

namespace Vetting.Watchlists.Tests.Versions;

public sealed class WatchlistImporterTests
{
    [Fact]
    public void Import_UnList_ActivatesVersionWithCountsHashAndPublisherDate()
    {
        using var fixture = new StoreFixture();
        var path = TestPaths.ListFixture("un-consolidated.xml");

        var outcome = fixture.Import(path);

        Assert.Equal(ImportStatus.Activated, outcome.Status);
        var active = fixture.Store.GetActive("un-sc");
        Assert.NotNull(active);
        Assert.Equal(outcome.Version.VersionId, active.VersionId);
        Assert.Equal(UnListEdits.CountRecords(File.ReadAllText(path)), active.EntityCount);
        Assert.Equal(new DateOnly(2026, 2, 27), DateOnly.FromDateTime(active.PublisherDate!.Value.UtcDateTime));
        Assert.Equal(64, active.ContentSha256.Length);
        Assert.Equal("UnXml", active.Format);
        Assert.Equal(active.EntityCount, active.CountsByKind.Values.Sum());
        Assert.True(active.NameCount > active.EntityCount);
    }

    [Fact]
    public void Import_StoredEntities_ReadBackAsTheReaderProducedThem()
    {
        using var fixture = new StoreFixture();
        var outcome = fixture.Import(TestPaths.ListFixture("un-consolidated.xml"));

        var stored = fixture.Store.ReadEntities(outcome.Version, TestContext.Current.CancellationToken).ToList();

        Assert.Equal(outcome.Version.EntityCount, stored.Count);
        Assert.All(stored, e => Assert.StartsWith("un-sc:", e.Id, StringComparison.Ordinal));
        Assert.Equal(stored.Count, stored.Select(e => e.Id).Distinct().Count());
        Assert.Contains(stored, e => e.Aliases.Any(a => a.Script == Core.Watchlists.NameScript.Arabic));
    }

    [Fact]
    public void Import_SameFilesAgain_IsUnchangedAndStoresNothing()
    {
        using var fixture = new StoreFixture();
        var path = TestPaths.ListFixture("un-consolidated.xml");
        var first = fixture.Import(path);

        var second = fixture.Import(path);

        Assert.Equal(ImportStatus.Unchanged, second.Status);
        Assert.Equal(first.Version.VersionId, second.Version.VersionId);
        Assert.Single(fixture.Store.ListVersions("un-sc"));
    }

    [Fact]
    public void Import_TruncatedFile_FailsNamingFileAndLineAndKeepsActiveVersion()
    {
        using var fixture = new StoreFixture();
        var good = fixture.Import(TestPaths.ListFixture("un-consolidated.xml"));
        var text = UnListEdits.Original;
        var truncated = fixture.WriteFile("consolidated.xml", text[..(text.Length / 2)]);

        var error = Assert.Throws<WatchlistFormatException>(() => fixture.Import(truncated));

        Assert.StartsWith("consolidated.xml:", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.Line);
        Assert.Equal(good.Version.VersionId, fixture.Store.GetActive("un-sc")!.VersionId);
        Assert.Single(fixture.Store.ListVersions("un-sc"));
        Assert.Empty(Directory.EnumerateDirectories(Path.Combine(fixture.Store.RootDirectory, ".staging")));
    }

    [Fact]
    public void Import_ListThatLostTooManyEntities_IsStoredButNotActivated()
    {
        using var fixture = new StoreFixture();
        var good = fixture.Import(TestPaths.ListFixture("un-consolidated.xml"));
        var shrunk = fixture.WriteFile("consolidated.xml", UnListEdits.WithoutIndividuals(UnListEdits.Original, 12));

        var outcome = fixture.Import(shrunk);

        Assert.Equal(ImportStatus.RefusedShrink, outcome.Status);
        Assert.Equal(good.Version.VersionId, fixture.Store.GetActive("un-sc")!.VersionId);
        Assert.Equal(2, fixture.Store.ListVersions("un-sc").Count);
        Assert.Contains("NOT activated", outcome.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_ListThatLostTooManyEntitiesWithForce_IsActivated()
    {
        using var fixture = new StoreFixture();
        fixture.Import(TestPaths.ListFixture("un-consolidated.xml"));
        var shrunk = fixture.WriteFile("consolidated.xml", UnListEdits.WithoutIndividuals(UnListEdits.Original, 12));

        var outcome = fixture.Import(shrunk, force: true);

        Assert.Equal(ImportStatus.Activated, outcome.Status);
        Assert.Equal(outcome.Version.VersionId, fixture.Store.GetActive("un-sc")!.VersionId);
    }

    [Fact]
    public void Activate_EarlierVersion_RollsBackAndRecordsHistory()
    {
        using var fixture = new StoreFixture();
        var first = fixture.Import(TestPaths.ListFixture("un-consolidated.xml"));
        var second = fixture.Import(fixture.WriteFile("un.xml", UnListEdits.WithoutIndividuals(UnListEdits.Original, 1)));
        Assert.Equal(second.Version.VersionId, fixture.Store.GetActive("un-sc")!.VersionId);

        fixture.Store.Activate("un-sc", first.Version.VersionId, "rollback test");

        Assert.Equal(first.Version.VersionId, fixture.Store.GetActive("un-sc")!.VersionId);
        var history = File.ReadAllLines(Path.Combine(fixture.Store.RootDirectory, "un-sc", "history.jsonl"));
        Assert.Equal(3, history.Length);
        Assert.Contains("rollback test", history[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Import_EmptyFile_FailsWithClearError()
    {
        using var fixture = new StoreFixture();
        var empty = fixture.WriteFile("empty.xml", "");

        var error = Assert.Throws<WatchlistFormatException>(() => fixture.Import(empty));

        Assert.Equal("empty.xml:1: the file is empty", error.Message);
    }

    [Fact]
    public void Import_PathThatDoesNotExist_FailsWithClearError()
    {
        using var fixture = new StoreFixture();

        var error = Assert.Throws<WatchlistFormatException>(() => fixture.Import("/nonexistent/list.xml"));

        Assert.Contains("no such file or folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_FileInNoKnownFormat_FailsAndSuggestsFormatOption()
    {
        using var fixture = new StoreFixture();
        var text = fixture.WriteFile("notes.txt", "Dear colleagues,\nplease find attached the list.\n");

        var error = Assert.Throws<WatchlistFormatException>(() => fixture.Import(text));

        Assert.Contains("--format", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_XmlOfAnotherKind_FailsNamingTheRootElement()
    {
        using var fixture = new StoreFixture();
        var other = fixture.WriteFile("feed.xml", "<?xml version=\"1.0\"?><rss><channel/></rss>");

        var error = Assert.Throws<WatchlistFormatException>(() => fixture.Import(other));

        Assert.Contains("<rss>", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_InvalidUtf8_FailsAndKeepsActiveVersion()
    {
        using var fixture = new StoreFixture();
        var good = fixture.Import(TestPaths.ListFixture("un-consolidated.xml"));
        var bytes = Encoding.UTF8.GetBytes(UnListEdits.Original);
        var at = UnListEdits.Original.IndexOf("<FIRST_NAME>", StringComparison.Ordinal) + 12;
        bytes[at] = 0xC3;
        bytes[at + 1] = 0x28; // an invalid two-byte sequence
        var broken = fixture.WriteFile("consolidated.xml", bytes);

        var error = Assert.Throws<WatchlistFormatException>(() => fixture.Import(broken));

        Assert.StartsWith("consolidated.xml", error.Message, StringComparison.Ordinal);
        Assert.Equal(good.Version.VersionId, fixture.Store.GetActive("un-sc")!.VersionId);
    }
}
