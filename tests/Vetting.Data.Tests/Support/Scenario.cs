using Vetting.Core.Platforms;
using Vetting.Core.Vetting;
using Vetting.Matching;

namespace Vetting.Data.Tests.Support;

/// <summary>Builds accounts, events, registrants and screenings through the stores, with fresh ids for every test.</summary>
public sealed class Scenario(TestDatabase database)
{
    public static readonly ListVersionSet Lists = new([KeyValuePair.Create("ofac-sdn", "0001-20260301T000000Z"), KeyValuePair.Create("un-sc", "0001-20260301T000000Z")]);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async Task<ConnectedAccount> AccountAsync()
    {
        var name = "acct-" + Guid.NewGuid().ToString("N")[..8];
        return (await database.Get<IAccountStore>().ConnectAccountAsync(PlatformKind.Zoom, name, "admin-1", Token)).Value;
    }

    public async Task<VettedEvent> EventAsync(DateTimeOffset? start = null, ConnectedAccount? account = null)
    {
        account ??= await AccountAsync();
        var discovered = new PlatformEvent(
            new PlatformEventRef(account.Name, PlatformKind.Zoom, PlatformEventKind.Webinar, Random.Shared.NextInt64(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            "Regional security dialogue",
            start ?? database.Time.GetUtcNow().AddDays(7),
            "Europe/Vienna",
            TimeSpan.FromHours(2),
            RegistrationApproval.Manual);
        return (await database.Get<IEventStore>().UpsertDiscoveredEventAsync(account.Id, discovered, Token)).Value;
    }

    public static PlatformRegistrant Person(string first = "Ivan", string? last = "Petrov", string email = "ivan.petrov@example.org", string? externalId = null) =>
        new(externalId ?? "reg-" + Guid.NewGuid().ToString("N")[..10], first, last, email, "Example Institute", "Analyst", "AT",
            RegistrantStatus.Pending, null, []);

    public async Task<VettedRegistrant> RegistrantAsync(Guid eventId, PlatformRegistrant? person = null) =>
        (await database.Get<IRegistrantStore>().UpsertRegistrantAsync(eventId, person ?? Person(), Token)).Registrant;

    public static ScreeningMatch Match(string entityId = "ofac-sdn:16642", string fingerprint = "f1", Decision decision = Decision.Review, Guid? clearance = null) =>
        new(entityId, entityId.Split(':')[0], "PETROV, Ivan", 0.91, decision, MatchReason.Name, "Ivan = IVAN: exact; Petrov = PETROV: exact",
            fingerprint.PadRight(64, '0'), clearance);

    public static NewScreening Screening(VettedRegistrant registrant, ListVersionSet? lists = null, params ScreeningMatch[] matches) =>
        new(registrant.Id, registrant.ContentFingerprint!, lists ?? Lists, EventPolicy.NewEventDefault, 1, // not null: never purged here
            matches.Length == 0 ? Decision.Clear : matches.Max(m => m.Decision), matches.Length == 0 ? 0 : matches.Max(m => m.Score), matches);

    public async Task<ScreeningRecord> ScreenAsync(VettedRegistrant registrant, params ScreeningMatch[] matches) =>
        (await database.Get<IScreeningStore>().SaveScreeningAsync(Screening(registrant, null, matches), Token)).Value;

    /// <summary>A registrant with a review-level match, screened and flagged automatically.</summary>
    public async Task<(VettedRegistrant Registrant, ScreeningRecord Screening, RecordedDecision Flag)> FlaggedAsync(Guid? eventId = null)
    {
        eventId ??= (await EventAsync()).Id;
        var registrant = await RegistrantAsync(eventId.Value);
        var screening = await ScreenAsync(registrant, Match());
        var flag = await database.Get<IDecisionStore>().RecordDecisionAsync(
            NewDecision.Automatic(screening, DecisionKind.Review, "score at or above the review threshold"), null, Token);
        return (registrant, screening, flag);
    }
}
