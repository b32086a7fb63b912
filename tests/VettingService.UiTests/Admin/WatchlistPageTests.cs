using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Vetting.Core.Watchlists;
using Vetting.Testing;
using Vetting.Watchlists.Versions;
using VettingService.UiTests.Support;

namespace VettingService.UiTests.Admin;

/// <summary>The watchlists page: active versions and ages, curated upload with problems by line, the diff, rollback, roles.</summary>
public sealed class WatchlistPageTests(UiHost host)
{
    private const string InvalidCurated =
        "list:\n  title: \"Test\"\nentries:\n  - id: Bad Id!\n    kind: spaceship\n    names:\n      en: \"<img src=x onerror=alert(1)>\"\n";

    [Fact]
    public async Task Upload_InvalidCuratedList_ShowsProblemsByLineAndKeepsTheActiveVersion()
    {
        var before = Store.GetActive(WatchlistSources.Curated)!.VersionId; // not null: the bundled curated list is imported at start
        var page = await host.SignInAsync("admin");
        await page.GotoAsync("/watchlists/upload");

        await page.GetByLabel("Curated list").SetInputFilesAsync(new FilePayload
        {
            Name = "curated.yaml", MimeType = "application/yaml", Buffer = Encoding.UTF8.GetBytes(InvalidCurated),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and check" }).ClickAsync();

        var problems = page.GetByTestId("upload-problems");
        await Assertions.Expect(page.GetByTestId("upload-message")).ToContainTextAsync("The active version stays");
        await Assertions.Expect(problems.GetByRole(AriaRole.Listitem).First).ToContainTextAsync("Line ");
        await Assertions.Expect(problems).ToContainTextAsync("Line 5");
        await Assertions.Expect(page.GetByTestId("active-curated")).ToContainTextAsync(before);
        Assert.Equal(before, Store.GetActive(WatchlistSources.Curated)!.VersionId);
        await Screenshots.SaveAsync(page, "watchlists-upload-refused");

        await page.GotoAsync("/watchlists");
        var row = page.GetByTestId("active-lists").Locator($"tr[data-source='{WatchlistSources.Curated}']");
        await Assertions.Expect(row).ToContainTextAsync(before);
    }

    [Fact]
    public async Task Upload_ValidCuratedList_ShowsTheDiffAndRollsBack()
    {
        var original = Store.GetActive(WatchlistSources.Curated)!; // not null: bundled
        var yaml = (await File.ReadAllTextAsync(TestPaths.InRepository("watchlists/curated/occupation-authorities.yaml"), TestContext.Current.CancellationToken))
            .Replace("\"Sovmin of Crimea\"", "\"Sovmin of Crimea\"\n      - \"Crimean Sovmin " + Guid.NewGuid().ToString("N")[..6] + "\"", StringComparison.Ordinal);
        var page = await host.SignInAsync("admin");
        await page.GotoAsync("/watchlists/upload");

        await page.GetByLabel("Curated list").SetInputFilesAsync(new FilePayload
        {
            Name = "curated.yaml", MimeType = "application/yaml", Buffer = Encoding.UTF8.GetBytes(yaml),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and check" }).ClickAsync();

        await page.WaitForURLAsync("**/watchlists/diff?**");
        // The diff is against whatever was active: another test of this host may have uploaded a list with an extra entity.
        await Assertions.Expect(page.GetByTestId("diff-summary")).ToContainTextAsync(new Regex(@"0 added, \d+ removed,\s+1 changed"));
        await Assertions.Expect(page.GetByTestId("diff-changed")).ToContainTextAsync("vetting-curated:council-of-ministers-of-the-republic-of-crimea");
        await Assertions.Expect(page.GetByTestId("diff-changed")).ToContainTextAsync("Council of Ministers of the Republic of Crimea");
        var uploaded = Store.GetActive(WatchlistSources.Curated)!;
        Assert.NotEqual(original.VersionId, uploaded.VersionId);
        await Screenshots.SaveAsync(page, "watchlists-diff");

        await page.GotoAsync("/watchlists");
        await Screenshots.SaveAsync(page, "watchlists");
        await page.SetViewportSizeAsync(768, 1024);
        await Screenshots.SaveAsync(page, "watchlists");
        var history = page.GetByTestId("history-" + WatchlistSources.Curated);
        var originalRow = history.GetByRole(AriaRole.Row).Filter(new() { HasText = original.VersionId });
        await originalRow.GetByLabel("Reason").FillAsync("alias added by mistake");
        await originalRow.GetByRole(AriaRole.Button, new() { Name = "Roll back to this version" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("activated")).ToContainTextAsync(original.VersionId);
        Assert.Equal(original.VersionId, Store.GetActive(WatchlistSources.Curated)!.VersionId);
    }

    [Fact]
    public async Task Watchlists_Reviewer_SeesListsButCannotUploadOrActivate()
    {
        var active = Store.GetActive(WatchlistSources.Curated)!;
        var older = Store.ListVersions(WatchlistSources.Curated).FirstOrDefault(v => v.VersionId != active.VersionId) ?? active;
        var page = await host.SignInAsync("reviewer");

        await page.GotoAsync("/watchlists");
        await Assertions.Expect(page.GetByTestId("active-lists")).ToContainTextAsync("ofac-sdn");
        await Assertions.Expect(page.GetByTestId("active-lists")).ToContainTextAsync("stale");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Upload the curated list" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new("Roll back|Activate") })).ToHaveCountAsync(0);

        var upload = await page.GotoAsync("/watchlists/upload");
        var activate = await ServerForms.PostAsync(page, "/watchlists?handler=Activate", new Dictionary<string, string>
        {
            ["source"] = WatchlistSources.Curated, ["versionId"] = older.VersionId, ["reason"] = "reviewer tries",
        });

        Assert.Equal(403, upload!.Status);
        Assert.True(ServerForms.IsRefused(activate), $"activation answered {activate.Status}");
        Assert.Equal(active.VersionId, Store.GetActive(WatchlistSources.Curated)!.VersionId);
    }

    [Fact]
    public async Task Upload_EntityWithHostileAndArabicNames_DiffShowsThemAsText()
    {
        var original = Store.GetActive(WatchlistSources.Curated)!; // not null: bundled
        const string hostile = "<img src=x onerror=alert(1)> =HYPERLINK(\"http://x\")";
        var yaml = await File.ReadAllTextAsync(TestPaths.InRepository("watchlists/curated/occupation-authorities.yaml"), TestContext.Current.CancellationToken)
                   + "\n  - id: ui-test-hostile-names\n    kind: organisation\n    names:\n      en: \"" + hostile.Replace("\"", "\\\"", StringComparison.Ordinal)
                   + "\"\n      ar: \"مجلس وزراء جمهورية القرم\"\n    designations:\n      - \"none found\"\n    sources:\n      - \"https://example.org/ui-test\"\n"
                   + "    added_on: 2026-11-28\n    added_by: \"UI test\"\n    reason: \"hostile names render as text\"\n    confidence: low\n";
        var page = await host.SignInAsync("admin");
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };
        try
        {
            await page.GotoAsync("/watchlists/upload");
            await page.GetByLabel("Curated list").SetInputFilesAsync(new FilePayload
            {
                Name = "curated.yaml", MimeType = "application/yaml", Buffer = Encoding.UTF8.GetBytes(yaml),
            });
            await page.GetByRole(AriaRole.Button, new() { Name = "Upload and check" }).ClickAsync();

            var added = page.GetByTestId("diff-added");
            await Assertions.Expect(added).ToContainTextAsync("vetting-curated:ui-test-hostile-names");
            await Assertions.Expect(added).ToContainTextAsync(hostile);
            await Assertions.Expect(added.Locator("img")).ToHaveCountAsync(0);
            await Assertions.Expect(added.Locator("td[dir=auto]")).ToHaveCountAsync(1);
            Assert.Equal(0, dialogs);
        }
        finally
        {
            await host.Get<Vetting.Service.Api.Lists.WatchlistAdministration>()
                .ActivateAsync(WatchlistSources.Curated, original.VersionId, "ui test cleanup", "ui-test-cleanup", TestContext.Current.CancellationToken);
        }
    }

    private FileWatchlistStore Store => host.Get<FileWatchlistStore>();
}
