namespace Vetting.Core.Vetting;

/// <summary>
/// A request the store refuses by rule (the same reviewer approving their own release, releasing a decision that is
/// not a confirmation, an unknown id). The message says which rule; retrying will not help.
/// </summary>
public sealed class VettingRuleException : Exception
{
    public VettingRuleException()
    {
    }

    public VettingRuleException(string message)
        : base(message)
    {
    }

    public VettingRuleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
