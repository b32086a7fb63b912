namespace Vetting.Testing.FakeZoom;

/// <summary>One Zoom account of a scenario: credentials, plan, and what it holds.</summary>
public sealed record FakeZoomAccount
{
    public string AccountId { get; init; } = "";

    public string ClientId { get; init; } = "";

    public string ClientSecret { get; init; } = "";

    public string WebhookSecretToken { get; init; } = "";

    /// <summary>Free, Pro or Business: sets the enforced rate limits.</summary>
    public string Plan { get; init; } = "Pro";

    /// <summary><c>api_url</c> in token answers; <c>"self"</c> means this server's own address.</summary>
    public string? ApiUrl { get; init; }

    public IReadOnlyList<FakeZoomUser> Users { get; init; } = [];

    public IReadOnlyList<FakeZoomEvent> Meetings { get; init; } = [];

    public IReadOnlyList<FakeZoomEvent> Webinars { get; init; } = [];
}
