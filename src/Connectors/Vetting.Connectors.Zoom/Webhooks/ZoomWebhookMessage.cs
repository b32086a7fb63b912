using Vetting.Core.Platforms;

namespace Vetting.Connectors.Zoom.Webhooks;

/// <summary>The ids a verified webhook body carries; nothing personal is kept.</summary>
internal sealed record ZoomWebhookMessage(
    string Event,
    long? EventTimestampMs,
    string? AccountId,
    string? PlainToken,
    PlatformEventKind? Kind,
    RegistrationChange? Change,
    string? ObjectId,
    string? RegistrantId)
{
    public const string UrlValidation = "endpoint.url_validation";

    public bool IsRegistrationEvent => Kind is not null && Change is not null;
}
