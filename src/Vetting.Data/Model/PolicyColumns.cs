using Vetting.Core.Vetting;

namespace Vetting.Data.Model;

/// <summary>An <see cref="EventPolicy"/> as columns (an EF complex type).</summary>
internal sealed class PolicyColumns
{
    public bool ScreeningEnabled { get; set; }

    public bool AutoApproveClean { get; set; }

    public bool AutomaticBlockingAllowed { get; set; }

    public double ReviewThreshold { get; set; }

    public double BlockThreshold { get; set; }

    public static PolicyColumns From(EventPolicy policy) => new()
    {
        ScreeningEnabled = policy.ScreeningEnabled,
        AutoApproveClean = policy.AutoApproveClean,
        AutomaticBlockingAllowed = policy.AutomaticBlockingAllowed,
        ReviewThreshold = policy.ReviewThreshold,
        BlockThreshold = policy.BlockThreshold,
    };

    public EventPolicy ToPolicy() => new(ScreeningEnabled, AutoApproveClean, AutomaticBlockingAllowed, ReviewThreshold, BlockThreshold);
}
