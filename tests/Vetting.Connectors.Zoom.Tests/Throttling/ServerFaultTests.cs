using System.Net;
using Vetting.Connectors.Zoom.Tests.Support;
using Vetting.Core.Platforms;
using Vetting.Testing.FakeZoom;

namespace Vetting.Connectors.Zoom.Tests.Throttling;

public sealed class ServerFaultTests
{
    private const string Registrants = "GET /v2/meetings/*/registrants";
    private static readonly PlatformEventRef Briefing = ZoomHarness.Meeting(85746065123);

    [Theory]
    [InlineData(FakeZoomFaultKind.ServerError, 2)]
    [InlineData(FakeZoomFaultKind.DropConnection, 1)]
    public async Task ListRegistrants_TransientFault_IsRetriedAndNothingIsLost(FakeZoomFaultKind kind, int count)
    {
        await using var harness = await ZoomHarness.StartAsync("basic");
        harness.Zoom.AddFault(new FakeZoomFault { Route = Registrants, Kind = kind, Count = count });

        var registrants = await harness.ListAsync(Briefing);

        Assert.Equal(5, registrants.Select(r => r.ExternalId).Distinct().Count());
        Assert.Equal(3 + count, harness.Zoom.Requests.Count(r => r.Path.EndsWith("/registrants", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ListRegistrants_SlowerThanTheAttemptTimeout_IsRetried()
    {
        await using var harness = await ZoomHarness.StartAsync("basic", new Dictionary<string, string?>
        {
            ["Connectors:Zoom:AttemptTimeout"] = "00:00:01",
            ["Connectors:Zoom:MaxThrottleWait"] = "00:00:00.500",
        });
        harness.Zoom.AddFault(new FakeZoomFault { Route = Registrants, Kind = FakeZoomFaultKind.Slow, DelayMs = 3000 });

        var registrants = await harness.ListAsync(Briefing);

        Assert.Equal(5, registrants.Count);
        Assert.Equal(4, harness.Zoom.Requests.Count(r => r.Path.EndsWith("/registrants", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ListRegistrants_ServerErrorPersists_FailsAfterFiveTriesWithTheStatus()
    {
        await using var harness = await ZoomHarness.StartAsync("basic");
        harness.Zoom.AddFault(new FakeZoomFault { Route = Registrants, Kind = FakeZoomFaultKind.ServerError, Status = 502, Count = 100 });

        var error = await Assert.ThrowsAsync<PlatformApiException>(() => harness.ListAsync(Briefing));

        Assert.Equal(HttpStatusCode.BadGateway, error.StatusCode);
        Assert.Equal(5, harness.Zoom.Requests.Count(r => r.Path.EndsWith("/registrants", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task TokenEndpoint_ServerErrorOnce_IsRetried()
    {
        await using var harness = await ZoomHarness.StartAsync("basic");
        harness.Zoom.AddFault(new FakeZoomFault { Route = "POST /oauth/token", Kind = FakeZoomFaultKind.ServerError });

        Assert.Equal(5, (await harness.ListAsync(Briefing)).Count);
        Assert.Equal(2, harness.Zoom.Requests.Count(r => r.Path == "/oauth/token"));
    }
}
