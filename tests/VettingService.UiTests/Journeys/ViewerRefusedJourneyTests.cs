using Microsoft.Playwright;
using VettingService.UiTests.Admin;
using VettingService.UiTests.Support;

namespace VettingService.UiTests.Journeys;

/// <summary>A viewer reads a flag but cannot decide it: no decision forms, and a forged post is refused by the server.</summary>
public sealed class ViewerRefusedJourneyTests(UiHost host)
{
    [Fact]
    public async Task Clear_AsViewer_NoFormsAndForgedPostForbidden()
    {
        var person = Flags.CuratedDomain(UiScenario.NewId("viewer"));
        var flag = await Flags.RaiseAsync(host, person);
        var page = await host.SignInAsync("viewer");
        await page.GotoAsync($"/review/{flag.Id}");

        await Assertions.Expect(page.GetByTestId("registrant-name")).ToHaveTextAsync("Olena Hrytsenko");
        await Assertions.Expect(page.GetByTestId("actions")).ToContainTextAsync("not decide it");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Clear the flag" })).ToHaveCountAsync(0);

        var forged = await ServerForms.PostAsync(page, page.Url + "?handler=Clear", new Dictionary<string, string>
        {
            ["Justification"] = "viewer tries anyway",
            ["RequestKey"] = "forged-1",
        });

        Assert.True(ServerForms.IsRefused(forged), $"status {forged.Status}");
        Assert.Equal(flag.Id, (await host.DecisionAsync(person.Id)).Id);
    }
}
