namespace Vetting.Connectors.Graph.Webhooks;

/// <summary>What to answer Graph: a status code and, for the validation handshake, the token as <c>text/plain</c>.</summary>
/// <param name="StatusCode">200 validation; 202 accepted; 400 unusable; 403 every item forged or unknown; 413 too large; 503 busy.</param>
/// <param name="PlainTextBody">The validation token to echo, or null for no body.</param>
/// <param name="Reason">A short reason for logs and tests (no personal data).</param>
/// <param name="Accepted">Items handed on (change notices and lifecycle signals).</param>
/// <param name="Refused">Items refused (unknown subscription, wrong clientState, wrong tenant or event, unusable).</param>
public sealed record GraphNotificationResponse(int StatusCode, string? PlainTextBody, string Reason, int Accepted = 0, int Refused = 0);
