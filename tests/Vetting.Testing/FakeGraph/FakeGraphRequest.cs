namespace Vetting.Testing.FakeGraph;

/// <summary>One request as the fake saw it, for assertions.</summary>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">Decoded path without query.</param>
/// <param name="Query">Query string including <c>?</c>, or empty.</param>
/// <param name="Status">Status answered.</param>
/// <param name="Tenant">The tenant of the bearer token, when valid.</param>
/// <param name="RetryAttempt">The SDK's <c>Retry-Attempt</c> header, when sent.</param>
public sealed record FakeGraphRequest(string Method, string Path, string Query, int Status, string? Tenant, string? RetryAttempt);
