using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Vetting.Connectors.Zoom.Tests.Support;
using Vetting.Connectors.Zoom.Webhooks;
using Vetting.Core.Platforms;
using Vetting.Testing.FakeZoom;
using static Vetting.Connectors.Zoom.Tests.Webhooks.WebhookSignatureTests;

namespace Vetting.Connectors.Zoom.Tests.Webhooks;

public sealed class WebhookReceiverTests
{
    private static readonly DateTimeOffset DocTime = DateTimeOffset.FromUnixTimeSeconds(Timestamp);

    private static Task<ZoomHarness> AtDocTimeAsync(out FakeTimeProvider clock, int offsetSeconds = 30)
    {
        clock = new FakeTimeProvider(DocTime.AddSeconds(offsetSeconds));
        return ZoomHarness.StartAsync("basic", clock: clock);
    }

    private static ZoomWebhookResponse Receive(ZoomHarness harness, string body, string? signature, long timestamp = Timestamp, string account = ZoomHarness.Account) =>
        harness.Webhooks.Receive(account, Encoding.UTF8.GetBytes(body), signature, timestamp.ToString(CultureInfo.InvariantCulture));

    private static async Task AssertNothingRecordedAsync(ZoomHarness harness)
    {
        await Task.Delay(200, TestContext.Current.CancellationToken);
        Assert.Empty(harness.Sink.Notices);
    }

    [Fact]
    public async Task Receive_DocRegistrationCreated_HandsIdsToScreening()
    {
        await using var harness = await AtDocTimeAsync(out _);

        var response = Receive(harness, CreatedBody, CreatedSignature);
        var notice = await harness.Sink.NextAsync(TestContext.Current.CancellationToken);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(ZoomHarness.Meeting(85746065123), notice.Event);
        Assert.Equal(("R1xYz", RegistrationChange.Created), (notice.RegistrantId, notice.Change));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1767225600123), notice.OccurredAt);
    }

    [Fact]
    public async Task Receive_DocUrlValidation_AnswersThePlainAndEncryptedToken()
    {
        await using var harness = await AtDocTimeAsync(out _);

        var response = Receive(harness, ValidationBody, ValidationSignature);

        Assert.Equal(200, response.StatusCode);
        using var json = JsonDocument.Parse(response.JsonBody!.Value);
        Assert.Equal("qgg8vlvZRS6UYooatFL8Aw", json.RootElement.GetProperty("plainToken").GetString());
        Assert.Equal("92910068c27915ee22451c3ea4cd07953f58abcf55dfe57399af681dcf6fb587", json.RootElement.GetProperty("encryptedToken").GetString());
        await AssertNothingRecordedAsync(harness);
    }

    [Theory]
    [InlineData("v0=0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData(null)]
    [InlineData("sha256=abc")]
    public async Task Receive_ForgedSignature_Is401AndRecordsNothing(string? signature)
    {
        await using var harness = await AtDocTimeAsync(out _);

        Assert.Equal(401, Receive(harness, CreatedBody, signature).StatusCode);
        await AssertNothingRecordedAsync(harness);
    }

    [Fact]
    public async Task Receive_BodyChangedAfterSigning_Is401()
    {
        await using var harness = await AtDocTimeAsync(out _);

        var tampered = CreatedBody.Replace("R1xYz", "R1xYZ", StringComparison.Ordinal);

        Assert.Equal(401, Receive(harness, tampered, CreatedSignature).StatusCode);
        await AssertNothingRecordedAsync(harness);
    }

    [Theory]
    [InlineData(301)]
    [InlineData(-301)]
    public async Task Receive_TimestampOutsideFiveMinutes_Is401EvenWhenCorrectlySigned(int offsetSeconds)
    {
        await using var harness = await AtDocTimeAsync(out _, offsetSeconds);

        var response = Receive(harness, CreatedBody, CreatedSignature);

        Assert.Equal((401, "timestamp outside tolerance"), (response.StatusCode, response.Reason));
        await AssertNothingRecordedAsync(harness);
    }

    [Fact]
    public async Task Receive_SameDeliveryTwice_SecondIsRefusedAsReplay()
    {
        await using var harness = await AtDocTimeAsync(out _);

        var first = Receive(harness, CreatedBody, CreatedSignature);
        await harness.Sink.NextAsync(TestContext.Current.CancellationToken);
        var second = Receive(harness, CreatedBody, CreatedSignature);

        Assert.Equal(200, first.StatusCode);
        Assert.Equal((401, "replayed delivery"), (second.StatusCode, second.Reason));
        await Task.Delay(200, TestContext.Current.CancellationToken);
        Assert.Single(harness.Sink.Notices);
    }

    [Fact]
    public async Task Receive_NonAsciiBodySignedAsZoomDoes_Verifies()
    {
        await using var harness = await AtDocTimeAsync(out _);
        var body = FakeZoomWebhookSender.RegistrationEvent("webinar.registration_approved", "AcCt123", 95000000001, "Web1", 1767225600999, "Café – ünïcode ✓ Київ");

        var response = Receive(harness, body, FakeZoomWebhookSender.Sign(Secret, Timestamp, Encoding.UTF8.GetBytes(body)));
        var notice = await harness.Sink.NextAsync(TestContext.Current.CancellationToken);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal((PlatformEventKind.Webinar, RegistrationChange.Approved), (notice.Event.Kind, notice.Change));
    }

    [Theory]
    [InlineData("{\"event\":\"meeting.registration_created\",\"payload\":{\"object\":{\"id\":1,\"registrant\":", "body is not valid JSON")]
    [InlineData("{\"event\":\"meeting.registration_created\",\"event_ts\":1,\"payload\":{\"object\":{\"registrant\":{\"id\":\"R\"}}}}", "payload.object.id is missing or not a meeting/webinar number")]
    [InlineData("{\"event\":\"meeting.registration_denied\",\"event_ts\":1,\"payload\":{\"object\":{\"id\":\"85746065123\"}}}", "payload.object.registrant.id is missing")]
    [InlineData("{\"event\":\"a\",\"event\":\"b\",\"payload\":{}}", "body is not valid JSON")]
    [InlineData("[]", "no event name")]
    public async Task Receive_SignedButUnusableBody_Is400AndRecordsNothing(string body, string reason)
    {
        await using var harness = await AtDocTimeAsync(out _);

        var response = Receive(harness, body, FakeZoomWebhookSender.Sign(Secret, Timestamp, Encoding.UTF8.GetBytes(body)));

        Assert.Equal((400, reason), (response.StatusCode, response.Reason));
        await AssertNothingRecordedAsync(harness);
    }

    [Fact]
    public async Task Receive_OtherEventOrOtherAccount_IsNotRecorded()
    {
        await using var harness = await AtDocTimeAsync(out _);
        const string started = "{\"event\":\"meeting.started\",\"event_ts\":1,\"payload\":{\"account_id\":\"AcCt123\",\"object\":{\"id\":\"85746065123\"}}}";
        var foreign = FakeZoomWebhookSender.RegistrationEvent("meeting.registration_created", "SomeoneElse", 85746065123, "R9", 1767225600001);

        var ignored = Receive(harness, started, FakeZoomWebhookSender.Sign(Secret, Timestamp, Encoding.UTF8.GetBytes(started)));
        var refused = Receive(harness, foreign, FakeZoomWebhookSender.Sign(Secret, Timestamp, Encoding.UTF8.GetBytes(foreign)));
        var unknownAccount = Receive(harness, CreatedBody, CreatedSignature, account: "nobody");

        Assert.Equal((200, "ignored"), (ignored.StatusCode, ignored.Reason));
        Assert.Equal(401, refused.StatusCode);
        Assert.Equal(404, unknownAccount.StatusCode);
        await AssertNothingRecordedAsync(harness);
        var logs = string.Join('\n', harness.Logs.GetSnapshot().Select(l => l.Message));
        Assert.DoesNotContain(Secret, logs, StringComparison.Ordinal);
        Assert.DoesNotContain("jane@example.org", logs, StringComparison.Ordinal);
    }
}
