using System.Security.Cryptography;
using System.Text;

namespace Vetting.Service.Auth;

internal sealed partial class LocalAccountStore
{
    private const string KeyPrefix = "vk_";

    public IReadOnlyList<ApiKeyRecord> ListApiKeys() => Read().ApiKeys.OrderBy(k => k.CreatedAt).ToList();

    /// <summary>Creates a key and returns it with its one and only plain-text copy: <c>vk_{id}_{secret}</c>.</summary>
    public (ApiKeyRecord Record, string Key) CreateApiKey(string name, string role, string createdBy)
    {
        var keyName = AccountNames.RequireKeyName(name);
        var canonicalRole = AccountNames.RequireRole(role);
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var key = KeyPrefix + id + "_" + Base64Url(RandomNumberGenerator.GetBytes(32));
        var record = new ApiKeyRecord(id, keyName, canonicalRole, Hash(key), _time.GetUtcNow(), createdBy);
        Update(document => (document with { ApiKeys = [.. document.ApiKeys, record] }, 0));
        return (record, key);
    }

    /// <summary>The key's record when the key is genuine and not revoked.</summary>
    public ApiKeyRecord? VerifyApiKey(string? key)
    {
        if (key is null || key.Length is < 20 or > 200 || !key.StartsWith(KeyPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var end = key.IndexOf('_', KeyPrefix.Length);
        if (end < 0)
        {
            return null;
        }

        var id = key[KeyPrefix.Length..end];
        var record = Read().ApiKeys.FirstOrDefault(k => string.Equals(k.Id, id, StringComparison.Ordinal));
        if (record is null || record.IsRevoked)
        {
            return null;
        }

        var expected = Convert.FromHexString(record.Sha256);
        var actual = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return CryptographicOperations.FixedTimeEquals(expected, actual) ? record : null;
    }

    public ApiKeyRecord RevokeApiKey(string id, string revokedBy) => Update(document =>
    {
        var record = document.ApiKeys.FirstOrDefault(k => string.Equals(k.Id, id, StringComparison.Ordinal))
                     ?? throw new AccountRuleException("no such API key");
        if (record.IsRevoked)
        {
            return (document, record);
        }

        var revoked = record with { RevokedAt = _time.GetUtcNow(), RevokedBy = revokedBy };
        return (document with { ApiKeys = document.ApiKeys.Select(k => k == record ? revoked : k).ToList() }, revoked);
    });

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
