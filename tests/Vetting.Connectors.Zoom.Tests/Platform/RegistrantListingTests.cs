using System.Net;
using Microsoft.Extensions.Time.Testing;
using Vetting.Connectors.Zoom.Tests.Support;
using Vetting.Core.Platforms;
using Vetting.Testing.FakeZoom;

namespace Vetting.Connectors.Zoom.Tests.Platform;

public sealed class RegistrantListingTests
{
    private static FakeZoomScenario WithGenerated(int count, string status = "pending")
    {
        var basic = FakeZoomScenario.LoadNamed("basic");
        var account = basic.Accounts[0];
        var meeting = account.Meetings[0] with { Registrants = [], Generate = new FakeZoomRegistrantGenerator(count, status, Seed: 3) };
        return basic with { Accounts = [account with { Meetings = [meeting] }] };
    }

    [Fact]
    public async Task ListRegistrants_Meeting_ReturnsEveryStatusNotOnlyTheApprovedDefault()
    {
        await using var harness = await ZoomHarness.StartAsync("basic");

        var registrants = await harness.ListAsync(ZoomHarness.Meeting(85746065123));

        Assert.Equal(3, registrants.Count(r => r.Status == RegistrantStatus.Pending));
        Assert.Equal("Appr1xQ", Assert.Single(registrants, r => r.Status == RegistrantStatus.Approved).ExternalId);
        Assert.Equal("Deny1xQ", Assert.Single(registrants, r => r.Status == RegistrantStatus.Denied).ExternalId);
        var queries = harness.Zoom.Requests.Where(r => r.Path.EndsWith("/registrants", StringComparison.Ordinal)).Select(r => r.Query).ToList();
        Assert.Equal(["?status=pending&page_size=300", "?status=approved&page_size=300", "?status=denied&page_size=300"], queries);
    }

    [Fact]
    public async Task ListRegistrants_FullRegistrant_MapsScreeningFieldsAndAnswers()
    {
        await using var harness = await ZoomHarness.StartAsync("basic");

        var ana = Assert.Single(await harness.ListAsync(ZoomHarness.Meeting(85746065123)), r => r.ExternalId == "9tboDiHUQAeOnbmudzWa5g");

        Assert.Equal(("Ana", "Petrova", "ana.petrova@example.org"), (ana.FirstName, ana.LastName, ana.Email));
        Assert.Equal(("Nordhafen Shipping GmbH", "Director", "DE"), (ana.Organisation, ana.JobTitle, ana.Country));
        Assert.Equal(new DateTimeOffset(2026, 2, 20, 8, 15, 30, TimeSpan.Zero), ana.RegisteredAt);
        Assert.Contains(new RegistrantAnswer("Ultimate parent company", "Nordhafen Holding"), ana.Answers);
        Assert.Contains(new RegistrantAnswer("industry", "Logistics"), ana.Answers);
        Assert.Contains(new RegistrantAnswer("city", "Hamburg"), ana.Answers);
        Assert.DoesNotContain(ana.Answers, a => a.Question == "zip");
        var chiara = Assert.Single(await harness.ListAsync(ZoomHarness.Meeting(85746065123)), r => r.ExternalId == "Pend3xQ");
        Assert.Null(chiara.LastName);
        Assert.Equal("France", chiara.Country);
    }

    [Fact]
    public async Task ListRegistrants_PerOccurrence_AsksForThatOccurrenceOnly()
    {
        await using var harness = await ZoomHarness.StartAsync("basic");

        var first = await harness.ListAsync(ZoomHarness.Meeting(86000000001, "1898694000000"));

        Assert.Equal(["Occ1a", "Occ1b"], first.Select(r => r.ExternalId).Order(StringComparer.Ordinal));
        Assert.All(harness.Zoom.Requests.Where(r => r.Path.EndsWith("/registrants", StringComparison.Ordinal)),
            r => Assert.Contains("occurrence_id=1898694000000", r.Query, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ListRegistrants_MorePagesThanOne_FollowsNextPageTokenAt300()
    {
        await using var harness = await ZoomHarness.StartAsync(WithGenerated(650));

        var registrants = await harness.ListAsync(ZoomHarness.Meeting(85746065123));

        Assert.Equal(650, registrants.Select(r => r.ExternalId).Distinct().Count());
        var pending = harness.Zoom.Requests.Where(r => r.Query.StartsWith("?status=pending", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, pending.Count);
        Assert.Contains("next_page_token=", pending[1].Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListRegistrants_PageTokenExpiresMidway_RestartsAndLosesOrRepeatsNothing()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        await using var harness = await ZoomHarness.StartAsync(WithGenerated(650), clock: clock);
        var seen = new List<string>();

        await foreach (var registrant in harness.Platform.ListRegistrantsAsync(ZoomHarness.Meeting(85746065123), TestContext.Current.CancellationToken))
        {
            seen.Add(registrant.ExternalId);
            if (seen.Count == 300)
            {
                clock.Advance(TimeSpan.FromMinutes(16));
            }
        }

        Assert.Equal(650, seen.Count);
        Assert.Equal(650, seen.Distinct().Count());
        Assert.Single(harness.Zoom.Requests, r => r.Status == 400);
        Assert.Contains(harness.Logs.GetSnapshot(), l => l.Id.Id == 2007);
    }

    [Fact]
    public async Task ListRegistrants_MeetingWithoutRegistration_ReportsZoomCode300()
    {
        await using var harness = await ZoomHarness.StartAsync("basic");

        var error = await Assert.ThrowsAsync<PlatformApiException>(() => harness.ListAsync(ZoomHarness.Meeting(87000000001)));

        Assert.Equal((HttpStatusCode.BadRequest, "300"), (error.StatusCode, error.PlatformCode));
        Assert.Contains("has not registration required", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("fake-", error.TrackingId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListRegistrants_UnknownMeeting_IsNotFoundWithoutRetry()
    {
        await using var harness = await ZoomHarness.StartAsync("basic");

        var error = await Assert.ThrowsAsync<PlatformApiException>(() => harness.ListAsync(ZoomHarness.Meeting(12345678901)));

        Assert.True(error.IsNotFound);
        Assert.Equal("3001", error.PlatformCode);
        Assert.Single(harness.Zoom.Requests, r => r.Path.StartsWith("/v2/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ListRegistrants_WebinarIdOnMeetingRoute_Is400Code3000AndNotRetried()
    {
        await using var harness = await ZoomHarness.StartAsync("basic");

        var error = await Assert.ThrowsAsync<PlatformApiException>(() => harness.ListAsync(ZoomHarness.Meeting(95000000001)));

        Assert.Equal((HttpStatusCode.BadRequest, "3000"), (error.StatusCode, error.PlatformCode));
        Assert.Contains("Cannot access webinar info", error.Message, StringComparison.Ordinal);
        Assert.Single(harness.Zoom.Requests, r => r.Path.StartsWith("/v2/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ListRegistrants_RefOfAnotherPlatformOrBadId_IsRefusedBeforeAnyRequest()
    {
        await using var harness = await ZoomHarness.StartAsync("basic");

        await Assert.ThrowsAsync<ArgumentException>(() => harness.ListAsync(
            new PlatformEventRef(ZoomHarness.Account, PlatformKind.MicrosoftGraph, PlatformEventKind.Webinar, "1")));
        await Assert.ThrowsAsync<ArgumentException>(() => harness.ListAsync(
            new PlatformEventRef(ZoomHarness.Account, PlatformKind.Zoom, PlatformEventKind.Meeting, "85746065123/../users")));
        await Assert.ThrowsAsync<ArgumentException>(() => harness.ListAsync(
            new PlatformEventRef("nobody", PlatformKind.Zoom, PlatformEventKind.Meeting, "85746065123")));

        Assert.Empty(harness.Zoom.Requests);
    }
}
