using System.Security.Cryptography.X509Certificates;

namespace Vetting.Testing.FakeGraph;

/// <summary>
/// One Entra tenant of the fake: its app registration (a client secret, or a certificate whose public key checks the
/// signed client assertion), users, and virtual events.
/// </summary>
public sealed record FakeGraphTenant
{
    public string TenantId { get; init; } = Guid.NewGuid().ToString();

    public string ClientId { get; init; } = Guid.NewGuid().ToString();

    public string? ClientSecret { get; init; } = "fake-secret-" + Guid.NewGuid().ToString("N");

    /// <summary>The app's certificate (public part is enough): client assertions signed with its key are accepted.</summary>
    public X509Certificate2? Certificate { get; init; }

    /// <summary>Users by object id, with their UPN.</summary>
    public IReadOnlyList<FakeGraphUser> Users { get; init; } = [];

    public IReadOnlyList<FakeGraphEvent> Events { get; init; } = [];
}
