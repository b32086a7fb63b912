using System.Net;
using Vetting.Core.Vetting;
using Vetting.Service.Api.Contracts;
using Vetting.Service.Auth;
using VettingService.Tests.Api;

namespace VettingService.Tests.Auth;

/// <summary>Roles enforced on the server: anonymous refused, viewer cannot decide, reviewer cannot change settings; API keys and sessions.</summary>
public sealed class AccessTests : IAsyncLifetime
{
    private ApiHost _host = null!;
    private ApiScenario _scenario = null!;

    public async ValueTask InitializeAsync()
    {
        _host = await ApiHost.StartAsync(new Dictionary<string, string?> { ["Vetting:Auth:SessionMinutes"] = "30" }, importLists: false);
        _scenario = new ApiScenario(_host);
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Theory]
    [InlineData("/api/events")]
    [InlineData("/api/flags")]
    [InlineData("/api/audit")]
    [InlineData("/api/watchlists")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/auth/me")]
    public async Task Get_Anonymous_Returns401(string path)
    {
        using var anonymous = _host.Anonymous();

        var response = await anonymous.GetPathAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Clear_Viewer_Returns403AndRecordsNothing()
    {
        var vettedEvent = await _scenario.EventAsync();
        var (registrant, flag) = await _scenario.FlaggedAsync(vettedEvent.Id);
        using var viewer = await _host.SignInAsync(VettingRoles.Viewer);

        var response = await viewer.PostJsonAsync($"/api/registrants/{registrant.Id}/clear", new JustificationRequest("viewer tries"));
        var current = await _host.Get<IRegistrantStore>().GetRegistrantAsync(registrant.Id, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(flag.Id, current?.CurrentDecisionId);
    }

    [Fact]
    public async Task SetPolicy_Reviewer_Returns403()
    {
        var vettedEvent = await _scenario.EventAsync();
        using var reviewer = _host.WithApiKey(VettingRoles.Reviewer);

        var response = await reviewer.PutJsonAsync($"/api/events/{vettedEvent.Id}/policy", new SetPolicyRequest(EventPolicy.NewEventDefault, vettedEvent.Revision));
        var keys = await reviewer.PostJsonAsync("/api/keys", new CreateApiKeyRequest("mine", VettingRoles.Admin));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, keys.StatusCode);
    }

    [Fact]
    public async Task ApiKey_CreatedByAdmin_WorksForItsRoleUntilRevoked()
    {
        using var admin = await _host.SignInAsync(VettingRoles.Admin);
        var created = await HttpAssert.ReadAsync<CreatedApiKey>(
            await admin.PostJsonAsync("/api/keys", new CreateApiKeyRequest("ci export", VettingRoles.Viewer)), HttpStatusCode.Created);
        using var automation = _host.Anonymous();
        automation.DefaultRequestHeaders.Add(created.Header, created.Key);

        var me = await HttpAssert.ReadAsync<CurrentUser>(await automation.GetPathAsync("/auth/me"));
        var listed = await (await admin.GetPathAsync("/api/keys")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var refusedDecision = await automation.PostJsonAsync($"/api/registrants/{Guid.NewGuid()}/clear", new JustificationRequest("x"));
        await admin.DeleteAsync(new Uri($"/api/keys/{created.Id}", UriKind.Relative), TestContext.Current.CancellationToken);
        var afterRevoke = await automation.GetPathAsync("/api/events");

        Assert.Equal(VettingRoles.Viewer, me.Role);
        Assert.Equal("apikey-" + created.Id, me.UserId);
        Assert.DoesNotContain(created.Key, listed, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, refusedDecision.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, afterRevoke.StatusCode);
    }

    [Fact]
    public async Task ApiKey_Forged_Returns401()
    {
        using var forged = _host.Anonymous();
        forged.DefaultRequestHeaders.Add("X-Api-Key", "vk_0123456789ab_" + new string('A', 43));

        var response = await forged.GetPathAsync("/api/events");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Session_AfterSessionMinutes_IsExpired()
    {
        using var viewer = await _host.SignInAsync(VettingRoles.Viewer);
        var fresh = await viewer.GetPathAsync("/api/events");

        _host.Time.Advance(TimeSpan.FromMinutes(31));
        var expired = await viewer.GetPathAsync("/api/events");

        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
    }

    [Fact]
    public async Task Post_SessionWithoutAntiforgeryToken_IsRefused()
    {
        var vettedEvent = await _scenario.EventAsync();
        var (registrant, _) = await _scenario.FlaggedAsync(vettedEvent.Id);
        using var reviewer = await _host.SignInAsync(VettingRoles.Reviewer);
        reviewer.DefaultRequestHeaders.Remove("X-CSRF-TOKEN");

        var response = await reviewer.PostJsonAsync($"/api/registrants/{registrant.Id}/clear", new JustificationRequest("forged cross-site post"));

        await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Empty(await _host.Get<IVettingQueries>().ListClearancesAsync(true, 0, 10, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Login_WrongPasswordFiveTimes_LocksTheAccount()
    {
        using var owner = await _host.SignInAsync(VettingRoles.Viewer, "locked-user");
        using var attacker = _host.Anonymous();
        var token = await ApiHost.AntiforgeryAsync(attacker);
        var statuses = new List<HttpStatusCode>();
        foreach (var password in Enumerable.Range(0, 5).Select(i => "wrong password " + i).Append("correct horse battery staple"))
        {
            var response = await attacker.PostAsync(new Uri("/auth/login", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["userName"] = "locked-user",
                ["password"] = password,
                [token.FormFieldName] = token.Token,
            }), TestContext.Current.CancellationToken);
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Unauthorized, s));
    }
}
