using System.Net;
using Vetting.Core.Platforms;
using Vetting.Core.Vetting;
using Vetting.Service.Api.Contracts;
using Vetting.Service.Auth;

namespace VettingService.Tests.Api;

public sealed class DecisionEndpointTests : IAsyncLifetime
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
    public async Task Clear_OpenFlag_RecordsDismissalClearanceAndApproval()
    {
        var vettedEvent = await _scenario.EventAsync();
        var (registrant, _) = await _scenario.FlaggedAsync(vettedEvent.Id);
        using var reviewer = await _host.SignInAsync(VettingRoles.Reviewer, "reviewer-1");

        var result = await HttpAssert.ReadAsync<DecisionResult>(
            await reviewer.PostJsonAsync($"/api/registrants/{registrant.Id}/clear", new JustificationRequest("Different date of birth (1990 vs 1961)")));
        var clearances = await HttpAssert.ReadAsync<List<Clearance>>(await reviewer.GetPathAsync("/api/clearances"));

        Assert.Equal(DecisionKind.Dismissed, result.Decision.Kind);
        Assert.Equal("reviewer-1", result.Decision.DecidedBy);
        Assert.Equal(PlatformActionKind.Approve, result.Action?.Kind);
        var clearance = Assert.Single(clearances);
        Assert.Equal([clearance.Id], result.ClearanceIds);
        Assert.Equal("ofac-sdn:16642", clearance.EntityId);
    }

    [Fact]
    public async Task Clear_SameIdempotencyKeyTwice_RecordsOneDecision()
    {
        var vettedEvent = await _scenario.EventAsync();
        var (registrant, _) = await _scenario.FlaggedAsync(vettedEvent.Id);
        using var reviewer = _host.WithApiKey(VettingRoles.Reviewer);
        var body = new JustificationRequest("Not the listed person");

        var first = await HttpAssert.ReadAsync<DecisionResult>(await reviewer.PostJsonAsync($"/api/registrants/{registrant.Id}/clear", body, "form-42"));
        var second = await HttpAssert.ReadAsync<DecisionResult>(await reviewer.PostJsonAsync($"/api/registrants/{registrant.Id}/clear", body, "form-42"));

        Assert.True(first.Created);
        Assert.False(second.Created);
        Assert.Equal(first.Decision.Id, second.Decision.Id);
    }

    [Fact]
    public async Task Clear_WithoutJustification_Returns400Problem()
    {
        var vettedEvent = await _scenario.EventAsync();
        var (registrant, _) = await _scenario.FlaggedAsync(vettedEvent.Id);
        using var reviewer = _host.WithApiKey(VettingRoles.Reviewer);

        var response = await reviewer.PostJsonAsync($"/api/registrants/{registrant.Id}/clear", new JustificationRequest("   "));

        await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Empty(await _host.Get<IVettingQueries>().ListClearancesAsync(true, 0, 10, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Confirm_PendingRegistrant_RecordsDenyAction()
    {
        var vettedEvent = await _scenario.EventAsync();
        var (registrant, _) = await _scenario.FlaggedAsync(vettedEvent.Id, kind: DecisionKind.BlockProposed);
        using var reviewer = _host.WithApiKey(VettingRoles.Reviewer);

        var result = await HttpAssert.ReadAsync<DecisionResult>(
            await reviewer.PostJsonAsync($"/api/registrants/{registrant.Id}/confirm", new ConfirmRequest("Same name, patronymic and birth year", "ofac-sdn:16642")));
        var queue = await HttpAssert.ReadAsync<List<FlagItem>>(await reviewer.GetPathAsync("/api/flags"));

        Assert.Equal(DecisionKind.Confirmed, result.Decision.Kind);
        Assert.Equal(PlatformActionKind.Deny, result.Action?.Kind);
        Assert.Equal(ActionState.Pending, result.Action?.State);
        Assert.Empty(queue);
    }

    [Fact]
    public async Task Confirm_EntityNotAmongMatches_IsRefused()
    {
        var vettedEvent = await _scenario.EventAsync();
        var (registrant, _) = await _scenario.FlaggedAsync(vettedEvent.Id);
        using var reviewer = _host.WithApiKey(VettingRoles.Reviewer);

        var response = await reviewer.PostJsonAsync($"/api/registrants/{registrant.Id}/confirm", new ConfirmRequest("wrong entity", "ofac-sdn:1"));

        await HttpAssert.ProblemAsync(response, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Clear_RegistrantWithoutFlag_Returns409()
    {
        var vettedEvent = await _scenario.EventAsync();
        var registrant = await _scenario.RegistrantAsync(vettedEvent.Id);
        using var reviewer = _host.WithApiKey(VettingRoles.Reviewer);

        var response = await reviewer.PostJsonAsync($"/api/registrants/{registrant.Id}/clear", new JustificationRequest("nothing to clear"));

        await HttpAssert.ProblemAsync(response, HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData("clear")]
    [InlineData("confirm")]
    [InlineData("escalate")]
    public async Task Decide_UnknownRegistrant_Returns404BeforeCheckingTheJustification(string decision)
    {
        using var reviewer = _host.WithApiKey(VettingRoles.Reviewer);

        var response = await reviewer.PostJsonAsync($"/api/registrants/{Guid.NewGuid()}/{decision}", new JustificationRequest("   "));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Escalate_OpenFlag_IsAuditedAndMarkedInTheQueue()
    {
        var vettedEvent = await _scenario.EventAsync();
        var (registrant, flag) = await _scenario.FlaggedAsync(vettedEvent.Id);
        using var reviewer = _host.WithApiKey(VettingRoles.Reviewer);

        var result = await HttpAssert.ReadAsync<EscalationResult>(
            await reviewer.PostJsonAsync($"/api/registrants/{registrant.Id}/escalate", new JustificationRequest("Needs the head of section")));
        var queue = await HttpAssert.ReadAsync<List<FlagItem>>(await reviewer.GetPathAsync("/api/flags"));
        var detail = await HttpAssert.ReadAsync<System.Text.Json.JsonElement>(await reviewer.GetPathAsync($"/api/registrants/{registrant.Id}"));

        Assert.Equal(flag.Id, result.DecisionId);
        Assert.Equal(0, result.Notified);
        Assert.True(Assert.Single(queue).Escalated);
        Assert.Equal("FlagEscalated", Assert.Single(detail.GetProperty("escalations").EnumerateArray()).GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Release_ApprovedBySameReviewer_IsRefusedAndBySecondReviewerReleases()
    {
        var vettedEvent = await _scenario.EventAsync();
        var (registrant, _) = await _scenario.FlaggedAsync(vettedEvent.Id);
        using var first = await _host.SignInAsync(VettingRoles.Reviewer, "reviewer-a");
        using var second = await _host.SignInAsync(VettingRoles.Reviewer, "reviewer-b");
        var confirmed = await HttpAssert.ReadAsync<DecisionResult>(
            await first.PostJsonAsync($"/api/registrants/{registrant.Id}/confirm", new ConfirmRequest("Matches the listed person")));
        var request = await HttpAssert.ReadAsync<ReleaseRequest>(
            await first.PostJsonAsync($"/api/decisions/{confirmed.Decision.Id}/release-requests", new JustificationRequest("Passport shows a different birth date")),
            HttpStatusCode.Created);

        var own = await first.PostJsonAsync($"/api/release-requests/{request.Id}/approve", new JustificationRequest("I agree with myself"));
        var ownProblem = await HttpAssert.ProblemAsync(own, HttpStatusCode.Conflict);
        var pending = await HttpAssert.ReadAsync<List<ReleaseRequest>>(await second.GetPathAsync("/api/release-requests"));
        var released = await HttpAssert.ReadAsync<DecisionResult>(
            await second.PostJsonAsync($"/api/release-requests/{request.Id}/approve", new JustificationRequest("Checked the passport copy")));

        Assert.Contains("four eyes", ownProblem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(request.Id, Assert.Single(pending).Id);
        Assert.Equal(DecisionKind.Released, released.Decision.Kind);
        Assert.Equal("reviewer-b", released.Decision.DecidedBy);
    }
}
