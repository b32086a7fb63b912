using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Vetting.Connectors.Zoom.Tests.Support;
using Vetting.Core.Platforms;
using Vetting.Service.Webhooks;
using Vetting.Testing.FakeZoom;

namespace Vetting.Connectors.Zoom.Tests.Webhooks;

/// <summary>The host's <c>POST /webhooks/zoom/{account}</c> on Kestrel, fed by the fake's signing sender over a socket.</summary>
public sealed class WebhookEndpointTests : IAsyncLifetime
{
    private const string Secret = "wh_s3cret_T0ken";
    private readonly RecordingSink _sink = new();
    private readonly HttpClient _http = new();
    private FakeZoomServer? _zoom;
    private WebApplication? _app;
    private Uri _endpoint = new("http://127.0.0.1/");

    private FakeZoomWebhookSender Sender => new(_http);

    private static long Now => DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    public async ValueTask InitializeAsync()
    {
        _zoom = await FakeZoomServer.StartAsync(FakeZoomScenario.LoadNamed("basic"), cancellationToken: TestContext.Current.CancellationToken);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Services.AddSingleton<IRegistrationEventSink>(_sink);
        builder.Services.AddZoomConnector(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Connectors:Zoom:Accounts:osce:AccountId"] = "AcCt123",
            ["Connectors:Zoom:Accounts:osce:ClientId"] = "myClientId",
            ["Connectors:Zoom:Accounts:osce:ClientSecret"] = "myClientSecret",
            ["Connectors:Zoom:Accounts:osce:WebhookSecretToken"] = Secret,
            ["Connectors:Zoom:Accounts:osce:Plan"] = "Pro",
            ["Connectors:Zoom:Accounts:osce:OAuthBaseUrl"] = _zoom.OAuthBaseUrl,
            ["Connectors:Zoom:Accounts:osce:ApiBaseUrl"] = _zoom.ApiBaseUrl,
        }).Build());
        _app = builder.Build();
        _app.MapZoomWebhooks();
        await _app.StartAsync(TestContext.Current.CancellationToken);
        _endpoint = new Uri(_app.Urls.First() + "/webhooks/zoom/osce");
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (_zoom is not null)
        {
            await _zoom.DisposeAsync();
        }
    }

    private Task<HttpResponseMessage> SendAsync(string body, long? timestamp = null, string? signature = null, Uri? endpoint = null) =>
        Sender.SendAsync(endpoint ?? _endpoint, Secret, body, timestamp ?? Now, signature, TestContext.Current.CancellationToken);

    private static string Created(long meetingId, string registrantId, long eventTs = 1767225600123) =>
        FakeZoomWebhookSender.RegistrationEvent("meeting.registration_created", "AcCt123", meetingId, registrantId, eventTs);

    [Fact]
    public async Task Post_UrlValidation_AnswersEncryptedToken()
    {
        using var response = await SendAsync(FakeZoomWebhookSender.UrlValidation("qgg8vlvZRS6UYooatFL8Aw", 1767225600123));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("92910068c27915ee22451c3ea4cd07953f58abcf55dfe57399af681dcf6fb587", json.RootElement.GetProperty("encryptedToken").GetString());
    }

    [Fact]
    public async Task Post_RegistrationCreated_AnswersBeforeSlowScreeningFinishes()
    {
        _sink.Delay = TimeSpan.FromSeconds(4);
        var watch = Stopwatch.StartNew();

        using var response = await SendAsync(Created(85746065123, "9tboDiHUQAeOnbmudzWa5g"));
        var answeredIn = watch.Elapsed;
        var notice = await _sink.NextAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(answeredIn < TimeSpan.FromSeconds(3), $"answered in {answeredIn.TotalMilliseconds} ms");
        Assert.Equal(("85746065123", "9tboDiHUQAeOnbmudzWa5g"), (notice.Event.ExternalId, notice.RegistrantId));
    }

    [Fact]
    public async Task Post_ForgedStaleOrReplayed_Is401AndRecordsOnlyTheGenuineOne()
    {
        var body = Created(85746065123, "Pend2xQ");

        using var forged = await SendAsync(body, signature: "v0=" + new string('a', 64));
        using var stale = await SendAsync(body, timestamp: Now - 600);
        using var genuine = await SendAsync(body);
        await _sink.NextAsync(TestContext.Current.CancellationToken);
        using var replayed = await SendAsync(body);
        await Task.Delay(300, TestContext.Current.CancellationToken);

        Assert.Equal(
            [HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.OK, HttpStatusCode.Unauthorized],
            [forged.StatusCode, stale.StatusCode, genuine.StatusCode, replayed.StatusCode]);
        Assert.Single(_sink.Notices);
    }

    [Fact]
    public async Task Post_UnknownMeeting_IsHandedOnAndTheReReadFindsItGone()
    {
        using var response = await SendAsync(Created(99999999999, "Ghost1"));
        var notice = await _sink.NextAsync(TestContext.Current.CancellationToken);
        var platform = _app!.Services.GetRequiredService<IEventPlatform>();

        var error = await Assert.ThrowsAsync<PlatformApiException>(async () =>
        {
            await foreach (var _ in platform.ListRegistrantsAsync(notice.Event, TestContext.Current.CancellationToken))
            {
            }
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(error.IsNotFound);
        Assert.Equal("3001", error.PlatformCode);
    }

    [Fact]
    public async Task Post_BodyTooLargeOrUnknownAccount_IsRefused()
    {
        var huge = "{\"event\":\"meeting.registration_created\",\"pad\":\"" + new string('x', 300_000) + "\"}";

        using var tooLarge = await SendAsync(huge);
        using var unknown = await SendAsync(Created(85746065123, "Pend3xQ"), endpoint: new Uri(_endpoint, "nobody"));
        await Task.Delay(200, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Empty(_sink.Notices);
    }

    [Fact]
    public async Task Post_WebinarApprovedWithStringId_IsAccepted()
    {
        var body = FakeZoomWebhookSender.RegistrationEvent(
            "webinar.registration_cancelled", "AcCt123", 95000000001, "Web2", 1767225600555, "Café – ünïcode webinar", idAsString: true);

        using var response = await SendAsync(body, timestamp: Now);
        var notice = await _sink.NextAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ZoomHarness.Webinar(95000000001), notice.Event);
        Assert.Equal(RegistrationChange.Cancelled, notice.Change);
        Assert.Equal(1767225600555, notice.OccurredAt.ToUnixTimeMilliseconds());
    }
}
