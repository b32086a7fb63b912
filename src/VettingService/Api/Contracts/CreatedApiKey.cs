namespace Vetting.Service.Api.Contracts;

/// <summary>A new API key. <see cref="Key"/> is shown this once: only its hash is stored.</summary>
internal sealed record CreatedApiKey(string Id, string Name, string Role, string Key, string Header);
