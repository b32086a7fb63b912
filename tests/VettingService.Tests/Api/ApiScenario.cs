using System.Globalization;
using Vetting.Core.Platforms;
using Vetting.Core.Vetting;
using Vetting.Matching;

namespace VettingService.Tests.Api;

/// <summary>Seeds accounts, events, registrants, screenings and flags through the store ports, as the workflow would.</summary>
internal sealed class ApiScenario(ApiHost host)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async Task<ConnectedAccount> AccountAsync(string name = "osce")
    {
        var stores = host.Get<IAccountStore>();
        return await stores.FindAccountAsync(PlatformKind.Zoom, name, Token)
               ?? (await stores.ConnectAccountAsync(PlatformKind.Zoom, name, AuditDraft.SystemActor, Token)).Value;
    }

    public async Task<VettedEvent> EventAsync(string topic = "Regional security dialogue", TimeSpan? startsIn = null)
    {
        var account = await AccountAsync();
        var discovered = new PlatformEvent(
            new PlatformEventRef(account.Name, PlatformKind.Zoom, PlatformEventKind.Webinar, Random.Shared.NextInt64(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture)),
            topic,
            host.Time.GetUtcNow() + (startsIn ?? TimeSpan.FromDays(2)),
            "Europe/Vienna",
            TimeSpan.FromHours(2),
            RegistrationApproval.Manual);
        return (await host.Get<IEventStore>().UpsertDiscoveredEventAsync(account.Id, discovered, Token)).Value;
    }

    public async Task<VettedRegistrant> RegistrantAsync(
        Guid eventId, string first = "Ivan", string last = "Petrov", string email = "ivan.petrov@example.org", RegistrantStatus status = RegistrantStatus.Pending)
    {
        var person = new PlatformRegistrant("reg-" + Guid.NewGuid().ToString("N")[..10], first, last, email, "Example Institute", "Analyst", "AT", status, null, []);
        return (await host.Get<IRegistrantStore>().UpsertRegistrantAsync(eventId, person, Token)).Registrant;
    }

    /// <summary>A registrant with a review-level match on <paramref name="entityId"/>, flagged automatically.</summary>
    public async Task<(VettedRegistrant Registrant, VettingDecision Flag)> FlaggedAsync(
        Guid eventId, string first = "Ivan", string last = "Petrov", string entityId = "ofac-sdn:16642", DecisionKind kind = DecisionKind.Review)
    {
        var registrant = await RegistrantAsync(eventId, first, last);
        var match = new ScreeningMatch(entityId, entityId.Split(':')[0], "PETROV, Ivan", 0.91, kind == DecisionKind.Review ? Decision.Review : Decision.Block,
            MatchReason.Name, "Ivan = IVAN: exact; Petrov = PETROV: exact", new string('f', 64));
        var lists = new ListVersionSet([KeyValuePair.Create("ofac-sdn", "0001-20260301T000000Z")]);
        var screening = (await host.Get<IScreeningStore>().SaveScreeningAsync(
            new NewScreening(registrant.Id, registrant.ContentFingerprint!, lists, EventPolicy.NewEventDefault, 1, match.Decision, match.Score, [match]), // not null: fresh
            Token)).Value;
        var flag = await host.Get<IDecisionStore>().RecordDecisionAsync(NewDecision.Automatic(screening, kind, "score at or above the review threshold"), null, Token);
        registrant = (await host.Get<IRegistrantStore>().GetRegistrantAsync(registrant.Id, Token))!; // not null: just stored
        return (registrant, flag.Decision);
    }
}
