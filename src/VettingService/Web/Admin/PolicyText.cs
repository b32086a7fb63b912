using System.Globalization;
using Vetting.Core.Vetting;

namespace Vetting.Service.Web.Admin;

/// <summary>A policy in a reviewer's words, for the tables of the settings pages.</summary>
internal static class PolicyText
{
    public static string Describe(EventPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (!policy.ScreeningEnabled)
        {
            return "screening off";
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"screening on; {(policy.AutoApproveClean ? "clean approved automatically" : "clean wait for approval")}; " +
            $"{(policy.AutomaticBlockingAllowed ? "blocks automatically" : "blocks after a reviewer confirms")}; " +
            $"review ≥ {policy.ReviewThreshold:0.###}, block ≥ {policy.BlockThreshold:0.###}");
    }
}
