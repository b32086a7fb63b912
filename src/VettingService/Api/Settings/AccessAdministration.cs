using Microsoft.Extensions.Options;
using Vetting.Core.Vetting;
using Vetting.Service.Api.Contracts;
using Vetting.Service.Auth;

namespace Vetting.Service.Api.Settings;

/// <summary>
/// Admin changes to who may sign in: local accounts and API keys. Each change is audited as a setting change (ids and
/// roles only). The REST API and the settings page both go through here. Refusals are <see cref="AccountRuleException"/>.
/// </summary>
internal sealed class AccessAdministration(LocalAccountStore accounts, IOptions<VettingAuthOptions> options, IAuditLog audit)
{
    public bool LocalAccountsEnabled => options.Value.Mode == AuthMode.Local;

    public IReadOnlyList<UserItem> ListUsers() => accounts.ListUsers().Select(ToItem).ToList();

    public IReadOnlyList<ApiKeyItem> ListApiKeys() => accounts.ListApiKeys().Select(ToItem).ToList();

    /// <summary>Creates a local account. Refused when users sign in with OpenID Connect, or by the store's rules.</summary>
    public async Task<UserItem> CreateUserAsync(CreateUserRequest request, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!LocalAccountsEnabled)
        {
            throw new AccountRuleException("local accounts are off: users sign in with OpenID Connect");
        }

        var user = accounts.CreateUser(request.UserName, request.Role, request.Password, options.Value.MinPasswordLength, actor);
        await SettingsAudit.AppendAsync(audit, actor, "user", user.UserName, "created", user.Role, cancellationToken);
        return ToItem(user);
    }

    /// <summary>Removes a local account; false when there is none of that name. The last admin stays (store rule).</summary>
    public async Task<bool> DeleteUserAsync(string userName, string actor, CancellationToken cancellationToken)
    {
        if (accounts.FindUser(userName) is not { } user)
        {
            return false;
        }

        accounts.DeleteUser(user.UserName);
        await SettingsAudit.AppendAsync(audit, actor, "user", user.UserName, "removed", user.Role, cancellationToken);
        return true;
    }

    /// <summary>Creates an API key; the answer carries the key itself, this once.</summary>
    public async Task<CreatedApiKey> CreateApiKeyAsync(CreateApiKeyRequest request, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (record, key) = accounts.CreateApiKey(request.Name, request.Role, actor);
        await SettingsAudit.AppendAsync(audit, actor, "apikey", record.Id, "created", record.Role, cancellationToken);
        return new CreatedApiKey(record.Id, record.Name, record.Role, key, options.Value.ApiKeyHeader);
    }

    /// <summary>Revokes an API key; null when there is no key with that id.</summary>
    public async Task<ApiKeyItem?> RevokeApiKeyAsync(string keyId, string actor, CancellationToken cancellationToken)
    {
        if (!accounts.ListApiKeys().Any(k => k.Id == keyId))
        {
            return null;
        }

        var record = accounts.RevokeApiKey(keyId, actor);
        await SettingsAudit.AppendAsync(audit, actor, "apikey", record.Id, "revoked", record.Role, cancellationToken);
        return ToItem(record);
    }

    private static UserItem ToItem(LocalUser user) => new(user.UserName, user.Role, user.CreatedAt, user.CreatedBy);

    private static ApiKeyItem ToItem(ApiKeyRecord record) =>
        new(record.Id, record.Name, record.Role, record.CreatedAt, record.CreatedBy, record.RevokedAt);
}
