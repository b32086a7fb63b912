namespace Vetting.Connectors.Zoom.Webhooks;

/// <summary>What to answer Zoom: a status code, and for URL validation a JSON body.</summary>
/// <param name="StatusCode">200 accepted or ignored; 400 unusable; 401 forged, stale or replayed; 404 unknown account; 503 busy.</param>
/// <param name="JsonBody">The UTF-8 JSON body to send, or null for none.</param>
/// <param name="Reason">A short reason for logs and tests (no personal data).</param>
public sealed record ZoomWebhookResponse(int StatusCode, ReadOnlyMemory<byte>? JsonBody, string Reason);
