using Microsoft.Playwright;
using Vetting.Core.Vetting;
using VettingService.UiTests.Support;

namespace VettingService.UiTests.Journeys;

/// <summary>Open the queue, open a flag, clear it with a justification, and find the decision on the audit page.</summary>
public sealed class ClearFlagJourneyTests(UiHost host)
{
    [Fact]
    public async Task Clear_FromQueueWithJustification_RecordedAsDismissalWithClearanceAndAudited()
    {
        var person = Flags.CuratedDomain(UiScenario.NewId("clear"));
        var flag = await Flags.RaiseAsync(host, person);
        var page = await host.SignInAsync("reviewer");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Review queue" }).ClickAsync();
        await page.Locator($"a[href='/review/{flag.Id}']").ClickAsync();
        await Assertions.Expect(page.GetByTestId("registrant-name")).ToHaveTextAsync("Olena Hrytsenko");
        await Assertions.Expect(page.GetByTestId("match").First).ToContainTextAsync("vetting-curated");
        await Assertions.Expect(page.GetByTestId("entity").First).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "review-detail");
        await page.SetViewportSizeAsync(768, 1024);
        await Screenshots.SaveAsync(page, "review-detail");
        await page.SetViewportSizeAsync(1280, 800);
        await page.GetByLabel("Justification (kept on the record)").First.FillAsync("Private e-mail provider mix-up; checked with the delegation (ticket 4711)");
        await page.GetByRole(AriaRole.Button, new() { Name = "Clear the flag" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("status")).ToContainTextAsync("Cleared");
        var decision = await host.DecisionAsync(person.Id);
        Assert.Equal(DecisionKind.Dismissed, decision.Kind);
        Assert.Equal("Private e-mail provider mix-up; checked with the delegation (ticket 4711)", decision.Reason);
        Assert.EndsWith($"/review/{decision.Id}", page.Url, StringComparison.Ordinal);

        var reviewer = await page.GetByTestId("user-name").InnerTextAsync();
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Audit" }).ClickAsync();
        await page.GetByLabel("Text in actor, subject or details").FillAsync(decision.Id.ToString("N"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        var record = page.GetByTestId("audit-records").GetByRole(AriaRole.Row).Filter(new() { HasText = "DecisionRecorded" });
        await Assertions.Expect(record).ToHaveCountAsync(1);
        await Assertions.Expect(record).ToContainTextAsync(reviewer);
        await Assertions.Expect(record).ToContainTextAsync(decision.Id.ToString("N"));
        await Assertions.Expect(page.GetByTestId("chain")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "audit-after-clear");

        var registrant = await host.RegistrantAsync(person.Id);
        var identity = registrant.IdentityFingerprint!; // not null: the registrant was screened
        var clearances = await host.Get<IClearanceStore>().ListForIdentityAsync(identity, TestContext.Current.CancellationToken);
        Assert.Contains(clearances, c => c.DecisionId == decision.Id);
    }

    [Fact]
    public async Task Clear_WithoutJustification_RefusedAndFlagStaysOpen()
    {
        var person = Flags.CuratedDomain(UiScenario.NewId("nojust"));
        var flag = await Flags.RaiseAsync(host, person);
        var page = await host.SignInAsync("reviewer");
        await page.GotoAsync($"/review/{flag.Id}");

        // The browser's own check (required) is bypassed: the server must refuse on its own.
        await page.Locator("#clear-justification").EvaluateAsync("e => { e.required = false; e.value = '   '; }");
        await page.GetByRole(AriaRole.Button, new() { Name = "Clear the flag" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("justification");
        Assert.Equal(flag.Id, (await host.DecisionAsync(person.Id)).Id);
    }

    [Fact]
    public async Task Clear_WithoutAntiforgeryToken_RefusedAndFlagStaysOpen()
    {
        var person = Flags.CuratedDomain(UiScenario.NewId("csrf"));
        var flag = await Flags.RaiseAsync(host, person);
        var page = await host.SignInAsync("reviewer");
        await page.GotoAsync($"/review/{flag.Id}");

        var form = page.APIRequest.CreateFormData();
        form.Set("Justification", "cross-site");
        form.Set("RequestKey", "csrf-1");
        var forged = await page.APIRequest.PostAsync(page.Url + "?handler=Clear", new() { Form = form, MaxRedirects = 0 });

        Assert.Equal(400, forged.Status);
        Assert.Equal(flag.Id, (await host.DecisionAsync(person.Id)).Id);
    }
}
