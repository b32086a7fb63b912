using System.Diagnostics;
using System.Net;
using Vetting.Connectors.Graph.Tests.Support;
using Vetting.Core.Platforms;
using Vetting.Testing.FakeGraph;

namespace Vetting.Connectors.Graph.Tests.Throttling;

public sealed class ThrottlingTests
{
    private const string Registrations = "GET /v1.0/solutions/virtualEvents/webinars/*/registrations";
    private static readonly PlatformEventRef WebinarRef = GraphHarness.Ref(GraphScenarios.Webinar);

    private static Task<GraphHarness> StartAsync(params FakeGraphFault[] faults) => StartAsync(null, faults);

    private static Task<GraphHarness> StartAsync(IDictionary<string, string?>? settings, params FakeGraphFault[] faults) =>
        GraphHarness.StartAsync(GraphScenarios.Basic(pageSize: 100) with { Faults = faults }, settings: settings);

    [Fact]
    public async Task List_429WithShortRetryAfter_SdkRetriesAndSucceeds()
    {
        await using var harness = await StartAsync(new FakeGraphFault { Route = Registrations, RetryAfterSeconds = 1, Count = 1 });

        var registrants = await harness.ListAsync(WebinarRef);

        Assert.Equal(9, registrants.Count);
        var tries = harness.GraphRequests("GET", "/registrations");
        Assert.Equal([429, 200], tries.Select(t => t.Status));
        Assert.Equal([null, "1"], tries.Select(t => t.RetryAttempt));
    }

    [Fact]
    public async Task List_429WithLongRetryAfter_ThrowsThrottledAtOnceWithoutWaiting()
    {
        await using var harness = await StartAsync(new FakeGraphFault { Route = Registrations, RetryAfterSeconds = 300 });
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<PlatformThrottledException>(() => harness.ListAsync(WebinarRef));

        Assert.Equal(TimeSpan.FromSeconds(300), error.RetryAfter);
        Assert.Equal("Graph/TooManyRequests", error.Limit);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.Single(harness.GraphRequests("GET", "/registrations"));
    }

    [Fact]
    public async Task List_RetryAfterAsHttpDate_IsMeasuredOnOurClock()
    {
        await using var harness = await StartAsync(new FakeGraphFault { Route = Registrations, RetryAfterDateIn = TimeSpan.FromMinutes(5) });

        var error = await Assert.ThrowsAsync<PlatformThrottledException>(() => harness.ListAsync(WebinarRef));

        Assert.InRange(error.RetryAfter, TimeSpan.FromSeconds(290), TimeSpan.FromSeconds(301));
    }

    [Fact]
    public async Task List_429UntilRetriesSpent_AggregateExceptionBecomesThrottled()
    {
        await using var harness = await StartAsync(
            new Dictionary<string, string?> { ["Connectors:MicrosoftGraph:MaxRetries"] = "2" },
            new FakeGraphFault { Route = Registrations, RetryAfterSeconds = 0, Count = 10 });

        var error = await Assert.ThrowsAsync<PlatformThrottledException>(() => harness.ListAsync(WebinarRef));

        Assert.IsType<AggregateException>(error.InnerException);
        Assert.Contains("through 3 tries", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, harness.GraphRequests("GET", "/registrations").Count);
    }

    [Fact]
    public async Task List_RetriesOff_ODataError429BecomesThrottledWithRetryAfter()
    {
        await using var harness = await StartAsync(
            new Dictionary<string, string?> { ["Connectors:MicrosoftGraph:MaxRetries"] = "0" },
            new FakeGraphFault { Route = Registrations, RetryAfterSeconds = 7 });

        var error = await Assert.ThrowsAsync<PlatformThrottledException>(() => harness.ListAsync(WebinarRef));

        Assert.IsType<Microsoft.Graph.Models.ODataErrors.ODataError>(error.InnerException);
        Assert.Equal(TimeSpan.FromSeconds(7), error.RetryAfter);
    }

    [Theory]
    [InlineData(503)]
    [InlineData(504)]
    public async Task List_ServiceUnavailableOnce_RetriedBySdk(int status)
    {
        await using var harness = await StartAsync(new FakeGraphFault { Route = Registrations, Status = status, Code = "ServiceUnavailable", RetryAfterSeconds = 0 });

        var registrants = await harness.ListAsync(WebinarRef);

        Assert.Equal(9, registrants.Count);
        Assert.Equal([status, 200], harness.GraphRequests("GET", "/registrations").Select(r => r.Status));
    }

    [Fact]
    public async Task List_500_IsNotRetriedAndCarriesGraphCode()
    {
        await using var harness = await StartAsync(new FakeGraphFault { Route = Registrations, Status = 500, Code = "generalException" });

        var error = await Assert.ThrowsAsync<PlatformApiException>(() => harness.ListAsync(WebinarRef));

        Assert.Equal((HttpStatusCode.InternalServerError, "generalException"), (error.StatusCode, error.PlatformCode));
        Assert.NotNull(error.TrackingId);
        Assert.Single(harness.GraphRequests("GET", "/registrations"));
    }

    [Fact]
    public async Task List_TextPlainErrorBody_BecomesClearApiError()
    {
        await using var harness = await StartAsync(new FakeGraphFault { Route = Registrations, Status = 502, RawBody = "Bad gateway from a proxy", ContentType = "text/plain" });

        var error = await Assert.ThrowsAsync<PlatformApiException>(() => harness.ListAsync(WebinarRef));

        Assert.Equal((HttpStatusCode.BadGateway, "NonJsonErrorBody"), (error.StatusCode, error.PlatformCode));
        Assert.Contains("text/plain body of 24 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_EmptyErrorBody_BecomesClearApiError()
    {
        await using var harness = await StartAsync(new FakeGraphFault { Route = Registrations, Status = 404, RawBody = "", ContentType = "application/json" });

        var error = await Assert.ThrowsAsync<PlatformApiException>(() => harness.ListAsync(WebinarRef));

        Assert.True(error.IsNotFound);
        Assert.Equal("EmptyErrorBody", error.PlatformCode);
    }

    [Fact]
    public async Task List_Forbidden_IsApiErrorWithGraphCode()
    {
        await using var harness = await StartAsync(new FakeGraphFault { Route = Registrations, Status = 403, Code = "Forbidden" });

        var error = await Assert.ThrowsAsync<PlatformApiException>(() => harness.ListAsync(WebinarRef));

        Assert.Equal((HttpStatusCode.Forbidden, "Forbidden"), (error.StatusCode, error.PlatformCode));
    }

    [Fact]
    public async Task List_SuccessWithHtmlBody_IsUnreadableResponseNotACrash()
    {
        await using var harness = await StartAsync(new FakeGraphFault { Route = Registrations, Status = 200, RawBody = "<html>login</html>", ContentType = "text/html" });

        var error = await Assert.ThrowsAsync<PlatformApiException>(() => harness.ListAsync(WebinarRef));

        Assert.Equal("UnreadableResponse", error.PlatformCode);
    }
}
