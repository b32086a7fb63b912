using Microsoft.Playwright;
using VettingService.UiTests.Support;

namespace VettingService.UiTests.Pages;

/// <summary>The review queue lists open flags, the most urgent and oldest first, each linking to its detail.</summary>
public sealed class ReviewQueueTests(UiHost host)
{
    [Fact]
    public async Task Queue_TwoFlags_OldestFirstAndLinkedToDetail()
    {
        var first = UiScenario.NewId("q1");
        var second = UiScenario.NewId("q2");
        await host.RegisterAsync(UiScenario.Person(first, "Olena", "Hrytsenko", "olena.h@rk.gov.ru"));
        await host.RegisterAsync(UiScenario.Person(second, "Serhii Valeriiovych", "Aksonov", "s.aksonov@example.net"));
        var firstFlag = await host.DecisionAsync(first);
        var secondFlag = await host.DecisionAsync(second);
        var page = await host.SignInAsync("reviewer");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Review queue" }).ClickAsync();

        var links = page.GetByTestId("queue").Locator("tbody a[href^='/review/']");
        var hrefs = await links.EvaluateAllAsync<string[]>("all => all.map(a => a.getAttribute('href'))");
        var firstAt = Array.IndexOf(hrefs, $"/review/{firstFlag.Id}");
        var secondAt = Array.IndexOf(hrefs, $"/review/{secondFlag.Id}");
        Assert.True(firstAt >= 0 && secondAt > firstAt, $"queue order: {string.Join(", ", hrefs)}");
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Aksonov" }).First).ToContainTextAsync("BlockProposed");
        await Screenshots.SaveAsync(page, "review-queue");
        await page.SetViewportSizeAsync(768, 1024);
        await Screenshots.SaveAsync(page, "review-queue");
    }
}
