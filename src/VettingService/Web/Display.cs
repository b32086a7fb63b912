using System.Globalization;
using Vetting.Core.Vetting;

namespace Vetting.Service.Web;

/// <summary>How the pages write times, time left and decisions: UTC with the zone named, short words, one style everywhere.</summary>
internal static class Display
{
    public static string When(DateTimeOffset? time) =>
        time is { } t ? t.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "not set";

    /// <summary>Machine-readable time for <c>&lt;time datetime&gt;</c>.</summary>
    public static string Iso(DateTimeOffset? time) =>
        time is { } t ? t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) : "";

    /// <summary>"in 3 h 20 min", "in 2 days", "started 40 min ago".</summary>
    public static string TimeLeft(DateTimeOffset? start, DateTimeOffset now)
    {
        if (start is not { } s)
        {
            return "no start time";
        }

        var left = s - now;
        return left >= TimeSpan.Zero ? "in " + Span(left) : "started " + Span(-left) + " ago";
    }

    public static string Span(TimeSpan span) => span switch
    {
        { TotalDays: >= 7 } => string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalDays} days"),
        { TotalDays: >= 1 } => string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalDays} d {span.Hours} h"),
        { TotalHours: >= 1 } => string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalHours} h {span.Minutes} min"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Math.Max(0, (int)span.TotalMinutes)} min"),
    };

    /// <summary>What a decision means, in a reviewer's words.</summary>
    public static string Decision(DecisionKind? kind) => kind switch
    {
        null => "not screened yet",
        DecisionKind.Clear => "clear",
        DecisionKind.Review => "in review",
        DecisionKind.BlockProposed => "block proposed",
        DecisionKind.Block => "blocked (automatic)",
        DecisionKind.Confirmed => "confirmed match",
        DecisionKind.Dismissed => "cleared by reviewer",
        DecisionKind.Released => "released (four eyes)",
        _ => kind.Value.ToString(),
    };

    /// <summary>The badge colour class of a decision: clear, review, block or other.</summary>
    public static string DecisionClass(DecisionKind? kind) => kind?.Verdict() switch
    {
        Core.Platforms.RegistrantVerdict.Clear => "clear",
        Core.Platforms.RegistrantVerdict.Hold => "review",
        Core.Platforms.RegistrantVerdict.Deny => "block",
        _ => "other",
    };

    public static string Score(double score) => score.ToString("0.00", CultureInfo.InvariantCulture);
}
