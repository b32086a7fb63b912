using Microsoft.Playwright;
using VettingService.UiTests.Support;

namespace VettingService.UiTests.Journeys;

/// <summary>A session ends after its lifetime (Vetting:Auth:SessionMinutes, default 8 hours): the next page asks to sign in again.</summary>
public sealed class SessionExpiryJourneyTests
{
    [Fact]
    public async Task Session_AfterItsLifetime_NextPageRedirectsToSignIn()
    {
        var time = new ShiftedTimeProvider();
        await using var host = new UiHost(time);
        await host.InitializeAsync();
        var page = await host.SignInAsync("reviewer");
        time.Offset = TimeSpan.FromHours(7);
        await page.GotoAsync("/review");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Review queue" })).ToBeVisibleAsync();

        time.Offset = TimeSpan.FromHours(8) + TimeSpan.FromMinutes(1);
        await page.GotoAsync("/review");

        Assert.Contains("/auth/login", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign in" })).ToBeVisibleAsync();
    }
}
