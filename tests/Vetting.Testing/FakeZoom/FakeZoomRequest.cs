namespace Vetting.Testing.FakeZoom;

/// <summary>One request as the fake saw it, for assertions.</summary>
/// <param name="At">Arrival time (the rate-limit clock).</param>
/// <param name="Account">The account of the bearer token, when there was a valid one.</param>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">Path without query.</param>
/// <param name="Query">Query string including <c>?</c>, or empty.</param>
/// <param name="Status">Status answered (0 for a dropped connection).</param>
/// <param name="Category">Rate-limit category, for API calls.</param>
public sealed record FakeZoomRequest(DateTimeOffset At, string? Account, string Method, string Path, string Query, int Status, string? Category)
{
    public bool IsRateLimited => Status == 429;
}
