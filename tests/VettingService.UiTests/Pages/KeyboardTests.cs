using Microsoft.Playwright;
using Vetting.Core.Vetting;
using VettingService.UiTests.Support;

namespace VettingService.UiTests.Pages;

/// <summary>The review detail works without a mouse: Tab reaches the clear form in order, Enter submits it.</summary>
public sealed class KeyboardTests(UiHost host)
{
    [Fact]
    public async Task ClearFlag_KeyboardOnly_ReachedByTabAndSubmittedWithEnter()
    {
        var person = Flags.CuratedDomain(UiScenario.NewId("keys"));
        var flag = await Flags.RaiseAsync(host, person);
        var page = await host.SignInAsync("reviewer");
        await page.GotoAsync($"/review/{flag.Id}");

        await TabToAsync(page, "clear-justification");
        await page.Keyboard.TypeAsync("Namesake; delegation confirmed the date of birth (ticket 5120)");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Clear the flag" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByTestId("status")).ToContainTextAsync("Cleared");
        Assert.Equal(DecisionKind.Dismissed, (await host.DecisionAsync(person.Id)).Kind);
    }

    private static async Task TabToAsync(IPage page, string elementId)
    {
        for (var presses = 0; presses < 200; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<string>("() => document.activeElement?.id ?? ''") == elementId)
            {
                return;
            }
        }

        Assert.Fail($"#{elementId} was not reached with Tab");
    }
}
