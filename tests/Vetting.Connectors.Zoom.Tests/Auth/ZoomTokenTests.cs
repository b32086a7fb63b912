using System.Net;
using Microsoft.Extensions.Time.Testing;
using Vetting.Connectors.Zoom.Tests.Support;
using Vetting.Core.Platforms;
using Vetting.Testing.FakeZoom;

namespace Vetting.Connectors.Zoom.Tests.Auth;

public sealed class ZoomTokenTests
{
    private static readonly PlatformEventRef Briefing = ZoomHarness.Meeting(85746065123);

    [Fact]
    public async Task ListRegistrants_SeveralCalls_ReuseOneCachedToken()
    {
        await using var harness = await ZoomHarness.StartAsync("basic");

        await harness.ListAsync(Briefing);
        await harness.ListAsync(Briefing);

        Assert.Equal(1, harness.Zoom.TokensIssued);
        Assert.Equal(6, harness.Zoom.Requests.Count(r => r.Path.StartsWith("/v2/", StringComparison.Ordinal) && r.Status == 200));
    }

    [Fact]
    public async Task ListRegistrants_ConcurrentFirstCalls_FetchOneTokenOnly()
    {
        await using var harness = await ZoomHarness.StartAsync("basic");

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => harness.ListAsync(Briefing)));

        Assert.Equal(1, harness.Zoom.TokensIssued);
    }

    [Fact]
    public async Task ListRegistrants_TokenNearExpiry_IsRenewedBeforeItExpires()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        await using var harness = await ZoomHarness.StartAsync("basic", clock: clock);
        await harness.ListAsync(Briefing);

        clock.Advance(TimeSpan.FromSeconds(3600 - 61));
        await harness.ListAsync(Briefing);
        Assert.Equal(1, harness.Zoom.TokensIssued);

        clock.Advance(TimeSpan.FromSeconds(2));
        await harness.ListAsync(Briefing);
        Assert.Equal(2, harness.Zoom.TokensIssued);
        Assert.DoesNotContain(harness.Zoom.Requests, r => r.Status == 401);
    }

    [Fact]
    public async Task ListRegistrants_TokenExpiredByZoom_RenewsOnceAndSucceeds()
    {
        await using var harness = await ZoomHarness.StartAsync("basic");
        harness.Zoom.AddFault(new FakeZoomFault { Route = "GET /v2/meetings/*/registrants", Kind = FakeZoomFaultKind.ExpiredToken });

        var registrants = await harness.ListAsync(Briefing);

        Assert.Equal(5, registrants.Count);
        Assert.Equal(2, harness.Zoom.TokensIssued);
        Assert.Single(harness.Zoom.Requests, r => r.Status == 401);
    }

    [Fact]
    public async Task ListRegistrants_FreshTokenAlsoRejected_FailsClearlyAfterOneRenewal()
    {
        await using var harness = await ZoomHarness.StartAsync("basic");
        harness.Zoom.AddFault(new FakeZoomFault { Route = "*", Kind = FakeZoomFaultKind.ExpiredToken, Count = 10, Skip = 1 });

        var error = await Assert.ThrowsAsync<PlatformApiException>(() => harness.ListAsync(Briefing));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal("124", error.PlatformCode);
        Assert.Contains("rejected a freshly issued access token", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, harness.Zoom.Requests.Count(r => r.Status == 401));
        Assert.Equal(2, harness.Zoom.TokensIssued);
    }

    [Fact]
    public async Task ListRegistrants_WrongClientSecret_ReportsZoomReasonWithoutTheSecret()
    {
        await using var harness = await ZoomHarness.StartAsync("basic", new Dictionary<string, string?>
        {
            ["Connectors:Zoom:Accounts:osce:ClientSecret"] = "not-the-secret-xyz",
        });

        var error = await Assert.ThrowsAsync<PlatformApiException>(() => harness.ListAsync(Briefing));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal("invalid_client", error.PlatformCode);
        Assert.Contains("Invalid client_id or client_secret", error.Message, StringComparison.Ordinal);
        Assert.Contains("Connectors:Zoom:Accounts:osce", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-secret-xyz", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(harness.Zoom.Requests, r => r.Path.StartsWith("/v2/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ListRegistrants_TokenNamesRegionalApiUrl_IsFollowedWhenApiBaseIsDefault()
    {
        var basic = FakeZoomScenario.LoadNamed("basic");
        var scenario = basic with { Accounts = [basic.Accounts[0] with { ApiUrl = "self" }] };
        await using var harness = await ZoomHarness.StartAsync(scenario, new Dictionary<string, string?>
        {
            ["Connectors:Zoom:Accounts:osce:ApiBaseUrl"] = "https://api.zoom.us/v2",
        });

        var registrants = await harness.ListAsync(Briefing);

        Assert.Equal(5, registrants.Count);
        Assert.Contains(harness.Zoom.Requests, r => r.Path == "/v2/meetings/85746065123/registrants");
    }

    [Fact]
    public async Task Logs_AfterTokenAndApiCalls_HoldNoSecretTokenOrEmail()
    {
        await using var harness = await ZoomHarness.StartAsync("basic");
        harness.Zoom.AddFault(new FakeZoomFault { Route = "GET /v2/meetings/*/registrants", Kind = FakeZoomFaultKind.ExpiredToken });

        await harness.ListAsync(Briefing);

        var text = string.Join('\n', harness.Logs.GetSnapshot().Select(r => r.Message + " " + string.Join(',', r.StructuredState ?? [])));
        Assert.Contains("issued an access token", text, StringComparison.Ordinal);
        Assert.DoesNotContain("myClientSecret", text, StringComparison.Ordinal);
        Assert.DoesNotContain("fake.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("@example.org", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Petrova", text, StringComparison.Ordinal);
    }
}
