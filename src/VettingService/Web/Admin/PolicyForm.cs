using System.Globalization;
using Vetting.Core.Vetting;

namespace Vetting.Service.Web.Admin;

/// <summary>
/// The policy fields of the settings forms (an account's default, an event's own). Thresholds arrive as text and are read
/// with the invariant culture, as number inputs send them, whatever the server's culture.
/// </summary>
internal sealed class PolicyForm
{
    public bool ScreeningEnabled { get; set; }

    public bool AutoApproveClean { get; set; }

    public bool AutomaticBlockingAllowed { get; set; }

    public string ReviewThreshold { get; set; } = "";

    public string BlockThreshold { get; set; } = "";

    public static PolicyForm From(EventPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return new PolicyForm
        {
            ScreeningEnabled = policy.ScreeningEnabled,
            AutoApproveClean = policy.AutoApproveClean,
            AutomaticBlockingAllowed = policy.AutomaticBlockingAllowed,
            ReviewThreshold = policy.ReviewThreshold.ToString("0.###", CultureInfo.InvariantCulture),
            BlockThreshold = policy.BlockThreshold.ToString("0.###", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>The policy, or null with <paramref name="problem"/> when a threshold is not a number or they are inconsistent.</summary>
    public EventPolicy? ToPolicy(out string? problem)
    {
        if (!TryRead(ReviewThreshold, out var review) || !TryRead(BlockThreshold, out var block))
        {
            problem = "Thresholds are numbers between 0 and 1, for example 0.85.";
            return null;
        }

        var policy = new EventPolicy(ScreeningEnabled, AutoApproveClean, AutomaticBlockingAllowed, review, block);
        try
        {
            policy.Validate();
        }
        catch (ArgumentException e)
        {
            problem = "The thresholds do not fit together: " + e.Message;
            return null;
        }

        problem = null;
        return policy;
    }

    private static bool TryRead(string text, out double value) =>
        double.TryParse(text?.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value) && value is >= 0 and <= 1;
}
