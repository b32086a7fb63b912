using Vetting.Core.Platforms;

namespace Vetting.Core.Vetting;

/// <summary>A platform account whose events are screened (for example the OSCE's Zoom account).</summary>
/// <param name="Id">Store id.</param>
/// <param name="Platform">The platform the account lives on.</param>
/// <param name="Name">The configured account name (<see cref="PlatformEventRef.Account"/>); unique per platform.</param>
/// <param name="DefaultPolicy">What newly discovered events of the account start with.</param>
/// <param name="Enabled">False stops discovery for the account without deleting its history.</param>
/// <param name="ConnectedAt">When the account was first stored.</param>
/// <param name="Revision">Optimistic concurrency token: pass it back when changing the account.</param>
public sealed record ConnectedAccount(
    Guid Id,
    PlatformKind Platform,
    string Name,
    EventPolicy DefaultPolicy,
    bool Enabled,
    DateTimeOffset ConnectedAt,
    int Revision);
