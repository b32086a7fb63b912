using Vetting.Service.Api.Contracts;

namespace Vetting.Service.Web.Dashboard;

/// <summary>Open flags counted by how long is left before their event starts.</summary>
internal sealed record FlagUrgency(string Label, int Count, bool Urgent)
{
    private static readonly (string Label, TimeSpan Below, bool Urgent)[] Buckets =
    [
        ("Started or within 2 hours", TimeSpan.FromHours(2), true),
        ("Within 24 hours", TimeSpan.FromHours(24), true),
        ("Within 7 days", TimeSpan.FromDays(7), false),
        ("Later", TimeSpan.MaxValue, false),
    ];

    public static IReadOnlyList<FlagUrgency> Tally(IReadOnlyList<FlagItem> flags, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(flags);
        var counts = new int[Buckets.Length];
        foreach (var flag in flags)
        {
            var left = flag.EventStartUtc is { } start ? start - now : TimeSpan.MaxValue;
            counts[Array.FindIndex(Buckets, b => left < b.Below || b.Below == TimeSpan.MaxValue)]++;
        }

        return Buckets.Select((b, i) => new FlagUrgency(b.Label, counts[i], b.Urgent && counts[i] > 0)).ToList();
    }
}
