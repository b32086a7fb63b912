using Microsoft.Playwright;
using VettingService.UiTests.Support;

namespace VettingService.UiTests.Pages;

/// <summary>The layout every page shares: sign-in required, landmarks, skip link, who is signed in, navigation by role, styling.</summary>
public sealed class LayoutTests(UiHost host)
{
    [Fact]
    public async Task Dashboard_Anonymous_RedirectedToSignInThenBack()
    {
        var page = await host.NewPageAsync();
        var userName = host.CreateUser("viewer");

        await page.GotoAsync("/review");
        Assert.Contains("/auth/login", page.Url, StringComparison.Ordinal);
        await page.GetByLabel("User name").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(UiHost.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await page.WaitForURLAsync(host.BaseAddress + "review");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Review queue", Level = 1 })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Layout_Reviewer_LandmarksSkipLinkUserRoleAndNoSettingsLink()
    {
        var page = await host.SignInAsync("reviewer");

        await Assertions.Expect(page.GetByRole(AriaRole.Banner)).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToBeVisibleAsync();
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        foreach (var link in new[] { "Dashboard", "Review queue", "Watchlists", "Audit" })
        {
            await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = link })).ToBeVisibleAsync();
        }

        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Settings" })).ToHaveCountAsync(0);
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Dashboard" })).ToHaveAttributeAsync("aria-current", "page");
        await Assertions.Expect(page.GetByTestId("user-role")).ToHaveTextAsync("reviewer");
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));

        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Layout_Admin_SeesSettingsLink()
    {
        var page = await host.SignInAsync("admin");

        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Settings" }))
            .ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("user-role")).ToHaveTextAsync("admin");
    }

    [Fact]
    public async Task Stylesheet_FromBuiltOutput_AppliedToHeader()
    {
        var page = await host.SignInAsync("viewer");

        var background = await page.Locator("header.site").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");

        Assert.Equal("rgb(16, 36, 62)", background);
    }

    [Fact]
    public async Task SignOut_FromAnyPage_EndsTheSession()
    {
        var page = await host.SignInAsync("viewer");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync("**/auth/login");
        await page.GotoAsync("/");

        Assert.Contains("/auth/login", page.Url, StringComparison.Ordinal);
    }
}
