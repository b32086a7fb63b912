namespace Vetting.Service.Auth;

/// <summary>The file the local accounts and API keys live in (<c>{data}/auth/accounts.json</c>).</summary>
internal sealed record LocalAccountsDocument(IReadOnlyList<LocalUser> Users, IReadOnlyList<ApiKeyRecord> ApiKeys)
{
    public static LocalAccountsDocument Empty { get; } = new([], []);
}
