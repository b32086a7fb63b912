using Vetting.Core.Platforms;
using Vetting.Core.Vetting;

namespace Vetting.Service.Telemetry;

/// <summary>
/// Tag names and values of the <c>Vetting</c> meter. Values are fixed words from enums, so the number of series stays
/// small and no tag can carry a name, an e-mail or list text.
/// </summary>
internal static class MetricTags
{
    public const string Trigger = "vetting.trigger";
    public const string Decision = "vetting.decision";
    public const string Platform = "vetting.platform";
    public const string Outcome = "vetting.outcome";
    public const string Source = "vetting.watchlist.source";

    public const string Applied = "applied";
    public const string NotEnforceable = "not_enforceable";
    public const string Failed = "failed";

    public static string Of(ScreeningTrigger trigger) => trigger switch
    {
        ScreeningTrigger.Pull => "pull",
        ScreeningTrigger.Notice => "notice",
        ScreeningTrigger.Rescreen => "rescreen",
        ScreeningTrigger.FinalCheck => "final_check",
        ScreeningTrigger.AdHoc => "ad_hoc",
        _ => throw new ArgumentOutOfRangeException(nameof(trigger), trigger, "unknown screening trigger"),
    };

    /// <summary>A flag is an automatic decision that holds or blocks a registrant; other kinds are refused.</summary>
    public static string OfFlag(DecisionKind decision) => decision switch
    {
        DecisionKind.Review => "review",
        DecisionKind.BlockProposed => "block_proposed",
        DecisionKind.Block => "block",
        _ => throw new ArgumentOutOfRangeException(nameof(decision), decision, "only Review, BlockProposed and Block are flags"),
    };

    /// <summary>The platform's enum name in snake case (<c>zoom</c>, <c>microsoft_graph</c>, <c>file_import</c>).</summary>
    public static string Of(PlatformKind platform) =>
        Enum.IsDefined(platform)
            ? SnakeCase(platform.ToString())
            : throw new ArgumentOutOfRangeException(nameof(platform), platform, "unknown platform");

    private static string SnakeCase(string name)
    {
        var text = new System.Text.StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append('_');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }
}
