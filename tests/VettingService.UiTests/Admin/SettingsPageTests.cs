using Microsoft.Playwright;
using Vetting.Core.Vetting;
using Vetting.Service.Auth;
using VettingService.UiTests.Support;

namespace VettingService.UiTests.Admin;

/// <summary>The settings pages: admin only on the server, event policy changes audited, users and API keys.</summary>
public sealed class SettingsPageTests(UiHost host)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Settings_Reviewer_IsRefusedByTheServer()
    {
        var meeting = await host.MeetingAsync();
        var page = await host.SignInAsync("reviewer");

        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Settings" }))
            .ToHaveCountAsync(0);
        var settings = await page.GotoAsync("/settings");
        var keys = await page.GotoAsync("/settings/keys");
        var post = await ServerForms.PostAsync(page, $"/settings/events/{meeting.Id}", new Dictionary<string, string>
        {
            ["revision"] = meeting.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["policy.ScreeningEnabled"] = "false",
            ["policy.ReviewThreshold"] = "0.5",
            ["policy.BlockThreshold"] = "0.9",
        });

        Assert.Equal(403, settings!.Status);
        Assert.Equal(403, keys!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Access denied" })).ToBeVisibleAsync();
        Assert.True(ServerForms.IsRefused(post), $"the policy post answered {post.Status}");
        Assert.Equal(meeting.Policy, (await host.MeetingAsync()).Policy);
    }

    [Fact]
    public async Task EventPolicy_AdminChangesIt_SavedAndInTheAuditTrail()
    {
        var meeting = await host.MeetingAsync();
        var admin = host.CreateUser("admin");
        var page = await host.SignInAsAsync(admin);
        try
        {
            await page.GotoAsync("/settings/events");
            await Screenshots.SaveAsync(page, "settings-events");
            await page.GetByRole(AriaRole.Link, new() { Name = "Change the policy of " + UiScenario.Topic }).ClickAsync();
            // Keyboard only: focus, Space toggles the box, Enter in the field submits the form.
            await page.GetByLabel("Approve clean registrants automatically").FocusAsync();
            await page.Keyboard.PressAsync("Space");
            await page.GetByLabel("Review threshold").FocusAsync();
            await page.Keyboard.PressAsync("Control+A");
            await page.Keyboard.TypeAsync("0.8");
            await Screenshots.SaveAsync(page, "settings-event");
            await page.Keyboard.PressAsync("Enter");

            await Assertions.Expect(page.GetByTestId("saved")).ToContainTextAsync("clean wait for approval");
            var changed = await host.MeetingAsync();
            Assert.False(changed.Policy.AutoApproveClean);
            Assert.Equal(0.8, changed.Policy.ReviewThreshold, 3);
            Assert.Equal(meeting.PolicyRevision + 1, changed.PolicyRevision);

            await page.GotoAsync("/audit");
            await page.GetByLabel("Kind").SelectOptionAsync(nameof(AuditKind.EventPolicyChanged));
            await page.GetByLabel("Actor (user id or system)").FillAsync(admin);
            await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
            var row = page.GetByTestId("audit-records").Locator("tbody tr");
            await Assertions.Expect(row).ToHaveCountAsync(1);
            await Assertions.Expect(row).ToContainTextAsync(changed.Policy.Fingerprint);
            await Assertions.Expect(row.GetByRole(AriaRole.Link, new() { Name = meeting.Id.ToString("N") })).ToBeVisibleAsync();
        }
        finally
        {
            var current = await host.MeetingAsync();
            await host.Get<IEventStore>().SetEventPolicyAsync(current.Id, meeting.Policy, current.Revision, "ui-test-cleanup", Ct);
        }
    }

    [Fact]
    public async Task EventPolicy_BlockThresholdBelowReview_IsRefusedAndNothingChanges()
    {
        var meeting = await host.MeetingAsync();
        var page = await host.SignInAsync("admin");

        await page.GotoAsync($"/settings/events/{meeting.Id}");
        await page.GetByLabel("Review threshold").FillAsync("0.9");
        await page.GetByLabel("Block threshold").FillAsync("0.5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save policy" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("problem")).ToContainTextAsync("do not fit together");
        Assert.Equal(meeting.PolicyRevision, (await host.MeetingAsync()).PolicyRevision);
    }

    [Fact]
    public async Task EventPolicy_AdminPostWithoutAntiforgeryToken_IsRefusedAndNothingChanges()
    {
        var meeting = await host.MeetingAsync();
        var page = await host.SignInAsync("admin");
        var form = page.APIRequest.CreateFormData();
        form.Set("revision", meeting.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture));
        form.Set("policy.ReviewThreshold", "0.5");
        form.Set("policy.BlockThreshold", "0.9");

        var response = await page.APIRequest.PostAsync($"/settings/events/{meeting.Id}", new() { Form = form, MaxRedirects = 0 });

        Assert.Equal(400, response.Status);
        Assert.Equal(meeting.PolicyRevision, (await host.MeetingAsync()).PolicyRevision);
    }

    [Fact]
    public async Task AccountDefault_AdminSwitchesAutomaticBlockingOn_SavedThroughTheStore()
    {
        var account = (await host.Get<IAccountStore>().ListAccountsAsync(Ct)).Single();
        var page = await host.SignInAsync("admin");
        try
        {
            await page.GotoAsync("/settings");
            var panel = page.GetByTestId("account-" + account.Id.ToString("N"));
            await panel.GetByText("Change").ClickAsync();
            await panel.GetByLabel("Block automatically on a block-level match").CheckAsync();
            await panel.GetByRole(AriaRole.Button, new() { Name = "Save account" }).ClickAsync();

            await Assertions.Expect(page.GetByTestId("account-" + account.Id.ToString("N"))).ToContainTextAsync("blocks automatically");
            Assert.True((await host.Get<IAccountStore>().ListAccountsAsync(Ct)).Single().DefaultPolicy.AutomaticBlockingAllowed);
            await Screenshots.SaveAsync(page, "settings-accounts");
            await page.SetViewportSizeAsync(768, 1024);
            await Screenshots.SaveAsync(page, "settings-accounts");
        }
        finally
        {
            var current = (await host.Get<IAccountStore>().ListAccountsAsync(Ct)).Single();
            await host.Get<IAccountStore>().UpdateAccountAsync(current.Id, account.DefaultPolicy, account.Enabled, current.Revision, "ui-test-cleanup", Ct);
        }
    }

    [Fact]
    public async Task ApiKey_Created_ShownOnceWorksAndRevoked()
    {
        var page = await host.SignInAsync("admin");
        await page.GotoAsync("/settings/keys");

        await page.GetByLabel("What it is for").FillAsync("nightly report");
        await page.GetByLabel("Role").SelectOptionAsync(VettingRoles.Viewer);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create key" }).ClickAsync();
        var key = await page.GetByLabel("Key (send it in the").InputValueAsync();
        var header = host.Get<Microsoft.Extensions.Options.IOptions<VettingAuthOptions>>().Value.ApiKeyHeader;
        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        client.DefaultRequestHeaders.Add(header, key);
        var withKey = await client.GetAsync(new Uri("api/events", UriKind.Relative), Ct);
        await Screenshots.SaveAsync(page, "settings-keys");

        await page.GotoAsync("/settings/keys");
        Assert.DoesNotContain(key, await page.ContentAsync(), StringComparison.Ordinal);
        var row = page.GetByTestId("keys").GetByRole(AriaRole.Row).Filter(new() { HasText = "nightly report" }).Last;
        await row.GetByRole(AriaRole.Button, new() { Name = "Revoke the key nightly report" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("done")).ToContainTextAsync("Key revoked");
        var revoked = await client.GetAsync(new Uri("api/events", UriKind.Relative), Ct);

        Assert.Equal(System.Net.HttpStatusCode.OK, withKey.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, revoked.StatusCode);
    }

    [Fact]
    public async Task Users_AdminAddsAReviewer_ListedWithRoleAndBadNameRefused()
    {
        var name = "rev-" + Guid.NewGuid().ToString("N")[..6];
        var page = await host.SignInAsync("admin");
        await page.GotoAsync("/settings/users");

        await page.GetByLabel("User name").FillAsync(name);
        await page.GetByLabel("Role").SelectOptionAsync(VettingRoles.Reviewer);
        await page.GetByLabel("Initial password").FillAsync(UiHost.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add user" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("done")).ToContainTextAsync("User created");
        await Assertions.Expect(page.GetByTestId("users").GetByRole(AriaRole.Row).Filter(new() { HasText = name })).ToContainTextAsync(VettingRoles.Reviewer);
        await Screenshots.SaveAsync(page, "settings-users");

        await page.GetByLabel("User name").FillAsync("<b>someone@example.org</b>");
        await page.GetByLabel("Initial password").FillAsync(UiHost.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add user" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("problem")).ToContainTextAsync("user name");
        Assert.Equal(VettingRoles.Reviewer, host.Get<LocalAccountStore>().FindUser(name)?.Role);
    }
}
