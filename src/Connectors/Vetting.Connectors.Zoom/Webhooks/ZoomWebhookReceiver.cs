using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Vetting.Connectors.Zoom.Configuration;
using Vetting.Core.Platforms;

namespace Vetting.Connectors.Zoom.Webhooks;

/// <summary>
/// Framework-free handling of one Zoom webhook delivery for a configured account: timestamp tolerance, signature over
/// the raw bytes, URL validation, replay refusal, and hand-off of registration events to screening (asynchronously).
/// The web endpoint only reads the body and headers and writes back the <see cref="ZoomWebhookResponse"/>.
/// </summary>
public sealed class ZoomWebhookReceiver
{
    /// <summary>Largest body accepted; registration events are a few kilobytes.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    private readonly ZoomAccountRegistry _accounts;
    private readonly ZoomReplayCache _replays;
    private readonly ZoomWebhookDispatcher _dispatcher;
    private readonly TimeProvider _time;
    private readonly TimeSpan _tolerance;
    private readonly ILogger<ZoomWebhookReceiver> _logger;

    internal ZoomWebhookReceiver(
        ZoomAccountRegistry accounts,
        ZoomReplayCache replays,
        ZoomWebhookDispatcher dispatcher,
        IOptions<ZoomConnectorOptions> options,
        TimeProvider time,
        ILogger<ZoomWebhookReceiver> logger)
    {
        _accounts = accounts;
        _replays = replays;
        _dispatcher = dispatcher;
        _time = time;
        _tolerance = options.Value.WebhookTimestampTolerance;
        _logger = logger;
    }

    /// <summary>Handles one delivery. <paramref name="body"/> must be the exact bytes received.</summary>
    public ZoomWebhookResponse Receive(string account, ReadOnlyMemory<byte> body, string? signature, string? timestamp)
    {
        if (string.IsNullOrEmpty(account) || !_accounts.TryGet(account, out var zoomAccount))
        {
            return Refuse("(unknown)", 404, "unknown account");
        }

        if (body.Length > MaxBodyBytes)
        {
            return Refuse(zoomAccount.Name, 413, "body too large");
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return Refuse(zoomAccount.Name, 401, "missing or malformed x-zm-request-timestamp");
        }

        var age = _time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds);
        if (age.Duration() > _tolerance)
        {
            return Refuse(zoomAccount.Name, 401, "timestamp outside tolerance");
        }

        var expected = ZoomWebhookSignature.Compute(zoomAccount.Options.WebhookSecretToken, timestamp!, body.Span);
        if (!ZoomWebhookSignature.Matches(expected, signature))
        {
            return Refuse(zoomAccount.Name, 401, "signature does not match");
        }

        var message = ZoomWebhookParser.TryParse(body, out var error);
        if (message is null)
        {
            return Refuse(zoomAccount.Name, 400, error);
        }

        if (message.Event == ZoomWebhookMessage.UrlValidation)
        {
            Log.UrlValidated(_logger, zoomAccount.Name);
            return new ZoomWebhookResponse(200, UrlValidationBody(zoomAccount.Options.WebhookSecretToken, message.PlainToken!), "url validated");
        }

        if (message.AccountId is { } accountId && !string.Equals(accountId, zoomAccount.Options.AccountId, StringComparison.Ordinal))
        {
            return Refuse(zoomAccount.Name, 401, "payload.account_id is not this account's");
        }

        if (!message.IsRegistrationEvent)
        {
            Log.WebhookIgnored(_logger, zoomAccount.Name, message.Event);
            return new ZoomWebhookResponse(200, null, "ignored");
        }

        return Accept(zoomAccount, message, seconds);
    }

    private ZoomWebhookResponse Accept(ZoomAccount account, ZoomWebhookMessage message, long seconds)
    {
        var key = string.Join('|', account.Name, message.Event, message.ObjectId, message.RegistrantId,
            message.EventTimestampMs?.ToString(CultureInfo.InvariantCulture) ?? "-");
        var occurredAt = message.EventTimestampMs is { } ms && ms >= 0 && ms <= DateTimeOffset.MaxValue.ToUnixTimeMilliseconds()
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
            : DateTimeOffset.FromUnixTimeSeconds(seconds);
        var notice = new RegistrationNotice(
            // Occurrences are resolved by the screening side from the event id: a notice does not pin one.
            new PlatformEventRef(account.Name, PlatformKind.Zoom, message.Kind!.Value, message.ObjectId!),
            message.RegistrantId!,
            message.Change!.Value,
            occurredAt);
        if (!_replays.TryAdd(key))
        {
            return Refuse(account.Name, 401, "replayed delivery");
        }

        if (!_dispatcher.TryEnqueue(notice))
        {
            _replays.Remove(key); // Zoom's retry of this delivery must be accepted.
            return new ZoomWebhookResponse(503, null, "queue full");
        }

        Log.WebhookAccepted(_logger, account.Name, message.Event, message.ObjectId!, message.RegistrantId!);
        return new ZoomWebhookResponse(200, null, "accepted");
    }

    private ZoomWebhookResponse Refuse(string account, int status, string reason)
    {
        Log.WebhookRefused(_logger, account, status, reason);
        return new ZoomWebhookResponse(status, null, reason);
    }

    private static ReadOnlyMemory<byte> UrlValidationBody(string secretToken, string plainToken)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("plainToken", plainToken);
            writer.WriteString("encryptedToken", ZoomWebhookSignature.EncryptToken(secretToken, plainToken));
            writer.WriteEndObject();
        }

        return buffer.WrittenMemory;
    }
}
