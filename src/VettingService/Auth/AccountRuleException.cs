namespace Vetting.Service.Auth;

/// <summary>A change to local accounts or API keys that a rule forbids (taken name, weak password, the last admin…).</summary>
internal sealed class AccountRuleException : Exception
{
    public AccountRuleException()
    {
    }

    public AccountRuleException(string message)
        : base(message)
    {
    }

    public AccountRuleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
