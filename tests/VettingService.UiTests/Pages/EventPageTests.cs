using Microsoft.Playwright;
using VettingService.UiTests.Support;

namespace VettingService.UiTests.Pages;

/// <summary>The event page: counts, registrants with decisions, filters (the search text never in the URL), the printable report as PDF.</summary>
public sealed class EventPageTests(UiHost host)
{
    [Fact]
    public async Task Registrants_FilterInReviewAndSearch_OnlyMatchingRowsAndNoNameInUrl()
    {
        var flagged = Flags.CuratedDomain(UiScenario.NewId("evflag"));
        var flag = await Flags.RaiseAsync(host, flagged);
        var arabic = UiScenario.NewId("evar");
        await host.RegisterAsync(UiScenario.Person(arabic, "ليلى", "الحسيني", $"{arabic}@example.org", "مركز الدراسات"));
        var page = await host.SignInAsync("viewer");

        await page.GetByTestId("events").GetByRole(AriaRole.Link, new() { Name = UiScenario.Topic }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = UiScenario.Topic, Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("registrants").GetByText("الحسيني")).ToHaveAttributeAsync("dir", "auto");
        await Screenshots.SaveAsync(page, "event");

        await page.GetByLabel("Decision", new() { Exact = true }).SelectOptionAsync("review");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("registrants").Locator($"a[href='/review/{flag.Id}']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("registrants").GetByText("الحسيني")).ToHaveCountAsync(0);

        await page.GetByLabel("Decision", new() { Exact = true }).SelectOptionAsync("all");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await page.GetByLabel("Name, e-mail or organisation contains").FillAsync("الحسيني");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("registrants").GetByRole(AriaRole.Row)).ToHaveCountAsync(2);
        await Assertions.Expect(page.GetByTestId("registrants")).ToContainTextAsync("ليلى");
        Assert.DoesNotContain("%D8", page.Url, StringComparison.OrdinalIgnoreCase);
        await page.SetViewportSizeAsync(768, 1024);
        await Screenshots.SaveAsync(page, "event-search");
    }

    [Fact]
    public async Task Report_PrintedByChromium_PdfWithEventAndRegistrants()
    {
        var page = await host.SignInAsync("viewer");
        var meeting = await host.MeetingAsync();

        await page.GotoAsync($"/events/{meeting.Id}/report");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(UiScenario.Topic);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.Locator("header.site")).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByTestId("registrants")).ToContainTextAsync("Seitablaiev");
        var pdf = await page.PdfAsync(new() { Format = "A4", Path = Path.Combine(Screenshots.Folder, "event-report.pdf") });

        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
        Assert.True(pdf.Length > 5_000, $"PDF of {pdf.Length} bytes");
    }
}
