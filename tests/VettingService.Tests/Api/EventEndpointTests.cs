using System.Net;
using Vetting.Core.Vetting;
using Vetting.Service.Api.Contracts;
using Vetting.Service.Auth;

namespace VettingService.Tests.Api;

public sealed class EventEndpointTests : IAsyncLifetime
{
    private ApiHost _host = null!;
    private ApiScenario _scenario = null!;

    public async ValueTask InitializeAsync()
    {
        _host = await ApiHost.StartAsync(importLists: false);
        _scenario = new ApiScenario(_host);
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task List_UpcomingEvents_SoonestFirstWithCounts()
    {
        var later = await _scenario.EventAsync("Later meeting", TimeSpan.FromDays(5));
        var soon = await _scenario.EventAsync("Soon meeting", TimeSpan.FromHours(3));
        await _scenario.FlaggedAsync(soon.Id);
        await _scenario.RegistrantAsync(soon.Id, "Anna", "Schmidt", "anna@example.org");
        using var viewer = _host.WithApiKey(VettingRoles.Viewer);

        var events = await HttpAssert.ReadAsync<List<EventSummary>>(await viewer.GetPathAsync("/api/events"));

        Assert.Equal([soon.Id, later.Id], events.Select(e => e.Id));
        Assert.Equal(new EventCounts(2, 1, 0, 1, 0, 0, 0), events[0].Counts);
        Assert.Equal("Soon meeting", events[0].Topic);
    }

    [Fact]
    public async Task Get_UnknownEvent_Returns404()
    {
        using var viewer = _host.WithApiKey(VettingRoles.Viewer);

        var response = await viewer.GetPathAsync($"/api/events/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task SetPolicy_Admin_ChangesPolicyAndAudits()
    {
        var vettedEvent = await _scenario.EventAsync();
        using var admin = await _host.SignInAsync(VettingRoles.Admin, "admin-1");
        var policy = EventPolicy.NewEventDefault with { AutomaticBlockingAllowed = true };

        var updated = await HttpAssert.ReadAsync<EventSummary>(
            await admin.PutJsonAsync($"/api/events/{vettedEvent.Id}/policy", new SetPolicyRequest(policy, vettedEvent.Revision)));
        var audit = await _host.Get<IAuditLog>().ListForSubjectAsync("event", vettedEvent.Id.ToString("N"), TestContext.Current.CancellationToken);

        Assert.True(updated.Policy.AutomaticBlockingAllowed);
        Assert.Equal(2, updated.PolicyRevision);
        Assert.Contains(audit, e => e.Kind == AuditKind.EventPolicyChanged && e.Actor == "admin-1");
    }

    [Fact]
    public async Task SetPolicy_StaleRevision_Returns409Problem()
    {
        var vettedEvent = await _scenario.EventAsync();
        using var admin = _host.WithApiKey(VettingRoles.Admin);
        await admin.PutJsonAsync($"/api/events/{vettedEvent.Id}/policy", new SetPolicyRequest(EventPolicy.NewEventDefault, vettedEvent.Revision));

        var problem = await HttpAssert.ProblemAsync(
            await admin.PutJsonAsync($"/api/events/{vettedEvent.Id}/policy", new SetPolicyRequest(EventPolicy.NewEventDefault, vettedEvent.Revision)),
            HttpStatusCode.Conflict);

        Assert.Contains("revision", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetPolicy_InconsistentThresholds_Returns400Problem()
    {
        var vettedEvent = await _scenario.EventAsync();
        using var admin = _host.WithApiKey(VettingRoles.Admin);
        var policy = EventPolicy.NewEventDefault with { ReviewThreshold = 0.9, BlockThreshold = 0.5 };

        var response = await admin.PutJsonAsync($"/api/events/{vettedEvent.Id}/policy", new SetPolicyRequest(policy, vettedEvent.Revision));

        await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Registrants_OfEvent_CarryTheirCurrentDecision()
    {
        var vettedEvent = await _scenario.EventAsync();
        var (flagged, flag) = await _scenario.FlaggedAsync(vettedEvent.Id);
        var plain = await _scenario.RegistrantAsync(vettedEvent.Id, "Anna", "Schmidt", "anna@example.org");
        using var viewer = _host.WithApiKey(VettingRoles.Viewer);

        var registrants = await HttpAssert.ReadAsync<List<RegistrantItem>>(await viewer.GetPathAsync($"/api/events/{vettedEvent.Id}/registrants"));

        Assert.Equal(flag.Id, registrants.Single(r => r.Id == flagged.Id).Decision?.Id);
        Assert.Null(registrants.Single(r => r.Id == plain.Id).Decision);
        Assert.Equal("Anna", registrants.Single(r => r.Id == plain.Id).FirstName);
    }
}
