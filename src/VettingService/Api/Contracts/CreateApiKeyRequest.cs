namespace Vetting.Service.Api.Contracts;

/// <summary>A new API key for automation, scoped to a role.</summary>
internal sealed record CreateApiKeyRequest(string Name, string Role);
