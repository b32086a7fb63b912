using Microsoft.Playwright;
using VettingService.UiTests.Support;

namespace VettingService.UiTests.Pages;

/// <summary>The review detail lists what was decided on the same person's other registrations (same name and e-mail).</summary>
public sealed class OtherRegistrationsTests(UiHost host)
{
    [Fact]
    public async Task ReviewDetail_SamePersonRegisteredTwice_LinksTheOtherRegistrationsDecision()
    {
        var id = UiScenario.NewId("twice");
        var email = $"{id}@rk.gov.ru";
        var earlier = await Flags.RaiseAsync(host, UiScenario.Person(id + "-1", "Olena", "Hrytsenko", email));
        var later = await Flags.RaiseAsync(host, UiScenario.Person(id + "-2", "Hrytsenko", "Olena", email)); // fields swapped: same person
        var stranger = await Flags.RaiseAsync(host, Flags.CuratedDomain(UiScenario.NewId("alone")));
        var page = await host.SignInAsync("reviewer");

        await page.GotoAsync($"/review/{later.Id}");

        var others = page.GetByTestId("other-registrations");
        await Assertions.Expect(others.Locator($"a[href='/review/{earlier.Id}']")).ToHaveCountAsync(1);
        await Assertions.Expect(others.Locator($"a[href='/review/{later.Id}']")).ToHaveCountAsync(0);
        await Assertions.Expect(others).ToContainTextAsync("in review");

        await page.GotoAsync($"/review/{stranger.Id}");
        await Assertions.Expect(page.GetByTestId("other-registrations-none")).ToBeVisibleAsync();
    }
}
