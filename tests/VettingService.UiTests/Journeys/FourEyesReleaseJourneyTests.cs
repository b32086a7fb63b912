using Microsoft.Playwright;
using Vetting.Core.Vetting;
using VettingService.UiTests.Admin;
using VettingService.UiTests.Support;

namespace VettingService.UiTests.Journeys;

/// <summary>A confirmed match is released only when a second reviewer approves the first one's request.</summary>
public sealed class FourEyesReleaseJourneyTests(UiHost host)
{
    [Fact]
    public async Task Release_RequesterCannotApproveSecondReviewerCan_Released()
    {
        var person = Flags.Listed(UiScenario.NewId("release"));
        var flag = await Flags.RaiseAsync(host, person);
        var first = await host.SignInAsync("reviewer");
        await first.GotoAsync($"/review/{flag.Id}");
        await first.Locator("#confirm-justification").FillAsync("Matched on name and patronymic");
        await first.GetByRole(AriaRole.Button, new() { Name = "Confirm the match" }).ClickAsync();
        await first.Locator("#release-justification").FillAsync("Delegation sent proof: a namesake born 1985 (case 91)");
        await first.GetByRole(AriaRole.Button, new() { Name = "Request release" }).ClickAsync();

        await Assertions.Expect(first.GetByTestId("status")).ToContainTextAsync("second reviewer");
        await Assertions.Expect(first.GetByRole(AriaRole.Button, new() { Name = "Approve the release" })).ToHaveCountAsync(0);
        await Assertions.Expect(first.GetByRole(AriaRole.Button, new() { Name = "Withdraw the request" })).ToBeVisibleAsync();
        var confirmedUrl = first.Url;

        // The requester forges the approval the page does not offer: the server refuses it.
        var releaseId = await first.Locator("input[name=ReleaseId]").InputValueAsync();
        var forged = await ServerForms.PostAsync(first, confirmedUrl + "?handler=ApproveRelease", new Dictionary<string, string>
        {
            ["ReleaseId"] = releaseId,
            ["Justification"] = "approving my own request",
        });
        Assert.Equal(409, forged.Status);
        Assert.Equal(DecisionKind.Confirmed, (await host.DecisionAsync(person.Id)).Kind);

        var second = await host.SignInAsync("reviewer");
        await second.GotoAsync(confirmedUrl);
        await second.Locator("#approve-justification").FillAsync("Checked the birth date against the SDN entry: different person");
        await second.GetByRole(AriaRole.Button, new() { Name = "Approve the release" }).ClickAsync();

        await Assertions.Expect(second.GetByTestId("status")).ToContainTextAsync("Release approved");
        var released = await host.DecisionAsync(person.Id);
        Assert.Equal(DecisionKind.Released, released.Kind);
        Assert.StartsWith("reviewer-", released.DecidedBy, StringComparison.Ordinal);
        await Screenshots.SaveAsync(second, "review-released");
    }
}
