namespace Vetting.Core.Workflow;

/// <summary>What a re-screen after a watchlist change did: counts only.</summary>
/// <param name="Lists">The list versions screened against (canonical key).</param>
/// <param name="Events">Upcoming events looked at.</param>
/// <param name="Checked">Registrants looked at.</param>
/// <param name="Rescreened">Registrants screened again (the rest were up to date or could not be affected).</param>
/// <param name="NewFlags">Event id → ids of the new decisions that wait for a reviewer (for notifications).</param>
public sealed record RescreenResult(string Lists, int Events, int Checked, int Rescreened, IReadOnlyDictionary<Guid, IReadOnlyList<Guid>> NewFlags)
{
    public int NewFlagCount => NewFlags.Values.Sum(v => v.Count);
}
