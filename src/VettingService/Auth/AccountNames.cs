using System.Text.RegularExpressions;

namespace Vetting.Service.Auth;

/// <summary>Rules for local user names and API key names: short ids, never e-mail addresses (they go into the audit log).</summary>
internal static partial class AccountNames
{
    public static string RequireUserName(string? userName)
    {
        var name = userName?.Trim() ?? "";
        if (!UserNamePattern().IsMatch(name))
        {
            throw new AccountRuleException("a user name is 1 to 64 letters, digits, '.', '_' or '-' (not an e-mail address)");
        }

        return name;
    }

    public static string RequireKeyName(string? keyName)
    {
        var name = keyName?.Trim() ?? "";
        if (!KeyNamePattern().IsMatch(name))
        {
            throw new AccountRuleException("an API key name is 1 to 64 letters, digits, spaces, '.', '_' or '-'");
        }

        return name;
    }

    public static string RequireRole(string? role) =>
        VettingRoles.Normalize(role) ?? throw new AccountRuleException("the role must be admin, reviewer or viewer");

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    private static partial Regex UserNamePattern();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}$")]
    private static partial Regex KeyNamePattern();
}
