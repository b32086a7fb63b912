namespace Vetting.Service.Api.Contracts;

/// <summary>An API key as listed (never the key or its hash).</summary>
internal sealed record ApiKeyItem(string Id, string Name, string Role, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? RevokedAt);
