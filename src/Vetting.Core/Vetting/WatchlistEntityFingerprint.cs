using System.Security.Cryptography;
using System.Text.Json;
using Vetting.Core.Watchlists;

namespace Vetting.Core.Vetting;

/// <summary>
/// SHA-256 (lower-case hex) over a list entity's whole content. A clearance names the fingerprint it was given for, so
/// any change to the entry (a new alias, a date of birth, a programme) makes the clearance stop applying.
/// </summary>
public static class WatchlistEntityFingerprint
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    public static string Compute(WatchlistEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(entity, Options)));
    }
}
