using Microsoft.Playwright;
using Vetting.Core.Vetting;
using VettingService.UiTests.Support;

namespace VettingService.UiTests.Journeys;

/// <summary>Confirm a match in the browser and see the registration denied on the fake Zoom.</summary>
public sealed class ConfirmMatchJourneyTests(UiHost host)
{
    [Fact]
    public async Task Confirm_ListedPerson_DeniedOnZoomAfterEnforcement()
    {
        var person = Flags.Listed(UiScenario.NewId("confirm"));
        var flag = await Flags.RaiseAsync(host, person);
        var page = await host.SignInAsync("reviewer");
        await page.GotoAsync($"/review/{flag.Id}");

        await page.GetByLabel("List entry").SelectOptionAsync(new SelectOptionValue { Value = "ofac-sdn:16642" });
        await page.Locator("#confirm-justification").FillAsync("Same name, patronymic and role; passport copy checked (case 88)");
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm the match" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("status")).ToContainTextAsync("Match confirmed");
        Assert.Equal("pending", host.Zoom.StatusOf(UiScenario.MeetingId, person.Id));

        await host.EnforceAsync();

        Assert.Equal("denied", host.Zoom.StatusOf(UiScenario.MeetingId, person.Id));
        var decision = await host.DecisionAsync(person.Id);
        Assert.Equal((DecisionKind.Confirmed, "ofac-sdn:16642"), (decision.Kind, decision.EntityId));
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByTestId("platform-actions")).ToContainTextAsync("Applied");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Request release" })).ToBeVisibleAsync();
    }
}
