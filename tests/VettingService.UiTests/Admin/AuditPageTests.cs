using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using Vetting.Core.Vetting;
using Vetting.Data;
using VettingService.UiTests.Support;

namespace VettingService.UiTests.Admin;

/// <summary>The audit page: search finds a decision, the chain check is shown, the export is inert CSV, tampering shows.</summary>
public sealed class AuditPageTests(UiHost host)
{
    [Fact]
    public async Task Audit_SearchByDecisionId_FindsTheDecisionAndShowsTheChainIntact()
    {
        var externalId = UiScenario.NewId("audit");
        await host.RegisterAsync(UiScenario.Person(externalId, "Olena", "Hrytsenko", "o.hrytsenko@rk.gov.ru"));
        var decision = await host.DecisionAsync(externalId);
        var page = await host.SignInAsync("viewer");

        await page.GotoAsync("/audit");
        await Assertions.Expect(page.GetByTestId("chain")).ToContainTextAsync("Chain intact");
        await page.GetByLabel("Kind").SelectOptionAsync(nameof(AuditKind.DecisionRecorded));
        await page.GetByLabel("Event id").FillAsync((await host.MeetingAsync()).Id.ToString("N"));
        await page.GetByLabel("Text in actor, subject or details").FillAsync(decision.Id.ToString("N"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();

        var rows = page.GetByTestId("audit-records").Locator("tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First).ToContainTextAsync(nameof(AuditKind.DecisionRecorded));
        await Assertions.Expect(rows.First.GetByRole(AriaRole.Link, new() { Name = decision.Id.ToString("N") }))
            .ToHaveAttributeAsync("href", $"/review/{decision.Id}");
        await Assertions.Expect(page.GetByTestId("chain")).ToContainTextAsync("Chain intact");
        Assert.DoesNotContain("Hrytsenko", await page.ContentAsync(), StringComparison.Ordinal);
        await Screenshots.SaveAsync(page, "audit");
        await page.SetViewportSizeAsync(768, 1024);
        await Screenshots.SaveAsync(page, "audit");

        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Button, new() { Name = "Export these records (CSV)" }).ClickAsync());
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!, TestContext.Current.CancellationToken); // not null: the download finished
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("\"sequence\",\"at\",\"kind\"", lines[0].TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains(decision.Id.ToString("N"), lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_SearchWithReversedDates_SaysSoAndListsNothing()
    {
        var page = await host.SignInAsync("viewer");
        await page.GotoAsync("/audit");

        await page.GetByLabel("From (UTC date)").FillAsync("2026-05-02");
        await page.GetByLabel("To (UTC date, included)").FillAsync("2026-05-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("search-problem")).ToContainTextAsync("before the start date");
        await Assertions.Expect(page.GetByTestId("no-records")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Audit_RecordAlteredInTheDatabase_CheckNowShowsTheChainBrokenThere()
    {
        // Its own host: a broken chain must not leak into the other tests' shared database.
        await using var own = new UiHost();
        await own.InitializeAsync();
        var page = await own.SignInAsync("viewer");
        await page.GotoAsync("/audit");
        await Assertions.Expect(page.GetByTestId("chain")).ToContainTextAsync("Chain intact");
        var file = Path.Combine(own.Get<IOptions<VettingDatabaseOptions>>().Value.DataDirectory!, VettingDatabaseOptions.SqliteFileName);
        await using (var connection = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE AuditLog SET Actor = 'someone-else' WHERE Sequence = 2";
            Assert.Equal(1, await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken));
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Check the chain now" }).ClickAsync();

        var chain = page.GetByTestId("chain");
        await Assertions.Expect(chain.GetByRole(AriaRole.Alert)).ToContainTextAsync("Chain broken at record 2");
        await Assertions.Expect(chain).ToContainTextAsync("does not match its hash");
        var records = page.GetByTestId("audit-records").Locator("tbody tr");
        await Assertions.Expect(records.Filter(new() { HasText = "not verified" }).Last).ToContainTextAsync("someone-else");
        await Assertions.Expect(records.Last).Not.ToContainTextAsync("not verified");
        await Screenshots.SaveAsync(page, "audit-chain-broken");
    }
}
