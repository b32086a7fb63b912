namespace Vetting.Core.Workflow;

/// <summary>What one enforcement pass did: counts only.</summary>
/// <param name="Applied">Actions the platform carried out (or found already in place).</param>
/// <param name="NotEnforceable">Actions the platform cannot or would not do: a person must follow up.</param>
/// <param name="Failed">Actions whose attempt failed; they stay open for the next pass.</param>
public sealed record EnforcementResult(int Applied, int NotEnforceable, int Failed)
{
    public static EnforcementResult None { get; } = new(0, 0, 0);

    public EnforcementResult Add(EnforcementResult other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new EnforcementResult(Applied + other.Applied, NotEnforceable + other.NotEnforceable, Failed + other.Failed);
    }
}
