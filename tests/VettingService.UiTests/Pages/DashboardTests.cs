using Microsoft.Playwright;
using VettingService.UiTests.Support;

namespace VettingService.UiTests.Pages;

/// <summary>The dashboard: the upcoming meeting with its counts, open flags by time left, the bundled lists' age.</summary>
public sealed class DashboardTests(UiHost host)
{
    [Fact]
    public async Task Dashboard_MeetingWithFlag_ShowsCountsFlagsByTimeLeftAndListAges()
    {
        await host.RegisterAsync(UiScenario.Person(UiScenario.NewId("dash"), "Olena", "Hrytsenko", "o.hrytsenko@rk.gov.ru"));
        var page = await host.SignInAsync("viewer");

        var row = page.GetByTestId("events").GetByRole(AriaRole.Row).Filter(new() { HasText = UiScenario.Topic });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row.GetByRole(AriaRole.Link, new() { Name = UiScenario.Topic })).ToBeVisibleAsync();
        await Assertions.Expect(row).ToContainTextAsync("in 2 d ");
        await Assertions.Expect(page.GetByTestId("flag-urgency")).ToContainTextAsync("Within 7 days");
        var lists = page.GetByTestId("lists");
        await Assertions.Expect(lists).ToContainTextAsync("ofac-sdn");
        await Assertions.Expect(lists).ToContainTextAsync("2021-07-01");
        await Assertions.Expect(lists.GetByText("stale").First).ToBeVisibleAsync();

        var inReview = await row.Locator("td").Nth(4).InnerTextAsync();
        Assert.True(int.Parse(inReview, System.Globalization.CultureInfo.InvariantCulture) >= 1, $"in review: {inReview}");
        await Screenshots.SaveAsync(page, "dashboard");
        await page.SetViewportSizeAsync(768, 1024);
        await Screenshots.SaveAsync(page, "dashboard");
    }
}
