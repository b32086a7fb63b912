namespace Vetting.Connectors.Zoom.Api;

/// <summary>Body of a 200 from <c>POST /oauth/token</c> (zoom-api.md §1).</summary>
internal sealed record ZoomTokenResponse
{
    public string? AccessToken { get; init; }

    public string? TokenType { get; init; }

    public int ExpiresIn { get; init; }

    public string? Scope { get; init; }

    public string? ApiUrl { get; init; }
}
