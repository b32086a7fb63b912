using System.Text;
using Microsoft.Playwright;
using VettingService.UiTests.Support;

namespace VettingService.UiTests.Journeys;

/// <summary>Names from strangers are text: markup is shown, never run; formulas export inert; bidi overrides are shown as codes, not obeyed.</summary>
public sealed class HostileNamesJourneyTests(UiHost host)
{
    private const string Markup = "<img src=x onerror=alert(1)>";
    private const string Formula = "=HYPERLINK(\"http://x\",\"y\")";
    private const string Bidi = "\u202Eexe.tropmi\u202C Ltd";

    [Fact]
    public async Task HostileRegistrant_EventReviewAndExport_ShownAsTextAndExportedInert()
    {
        var id = UiScenario.NewId("hostile");
        var flag = await Flags.RaiseAsync(host, UiScenario.Person(id, Markup, Formula, $"{id}@rk.gov.ru", Bidi));
        var page = await host.SignInAsync("reviewer");
        var dialogs = 0;
        page.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };

        await page.GotoAsync($"/review/{flag.Id}");
        await Assertions.Expect(page.GetByTestId("registrant-name")).ToHaveTextAsync(Markup + " " + Formula);
        Assert.Equal(0, await page.GetByTestId("registrant").Locator("img").CountAsync());
        // The override is shown, not obeyed: the reviewer reads what was typed, not the "import.exe Ltd" it would display.
        var organisation = page.GetByTestId("registrant").GetByText("[U+202E]exe.tropmi[U+202C] Ltd", new() { Exact = true });
        Assert.Equal("isolate", await organisation.EvaluateAsync<string>("e => getComputedStyle(e).unicodeBidi"));
        await Screenshots.SaveAsync(page, "review-hostile");

        await page.GotoAsync($"/events/{flag.EventId}");
        var row = page.GetByTestId("registrants").GetByRole(AriaRole.Row).Filter(new() { HasText = Markup });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        Assert.Equal(0, await page.GetByTestId("registrants").Locator("img").CountAsync());

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Export registrants (CSV)" }).ClickAsync());
        var path = await download.PathAsync();
        var csv = await File.ReadAllTextAsync(path, Encoding.UTF8, TestContext.Current.CancellationToken);
        var line = csv.Split("\r\n").Single(l => l.Contains(id, StringComparison.Ordinal));
        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", line, StringComparison.Ordinal);
        Assert.Contains("\"<img src=x onerror=alert(1)>\"", line, StringComparison.Ordinal);
        Assert.Equal(0, dialogs);
    }
}
