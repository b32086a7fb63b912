namespace Vetting.Service.Auth;

/// <summary>
/// An API key as stored: only the SHA-256 of the key, never the key itself (it is shown once, when created).
/// Keys are random 256-bit values, so a plain hash is as strong as a slow one here.
/// </summary>
internal sealed record ApiKeyRecord(
    string Id, string Name, string Role, string Sha256, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? RevokedAt = null, string? RevokedBy = null)
{
    public bool IsRevoked => RevokedAt is not null;

    /// <summary>The id decisions and audit records made with this key carry.</summary>
    public string ActorId => "apikey-" + Id;
}
