using System.Globalization;
using System.Runtime.CompilerServices;
using Vetting.Core.Platforms;

namespace Vetting.Core.Tests.Workflow.Support;

/// <summary>
/// One Zoom-like account (<c>osce</c>) in memory: events, registrants with statuses, and every status change actions
/// made. Hooks let a test fail or stop an apply before or after the platform changed anything.
/// </summary>
internal sealed class FakePlatform : IEventPlatform
{
    public const string Account = "osce";

    private readonly Lock _gate = new();
    private readonly List<PlatformEvent> _events = [];
    private readonly Dictionary<string, List<PlatformRegistrant>> _registrants = new(StringComparer.Ordinal);
    private readonly List<(string EventId, PlatformAction Action)> _changes = [];
    private int _nextId;

    public PlatformKind Platform => PlatformKind.Zoom;

    public IReadOnlyCollection<string> Accounts { get; } = [Account];

    /// <summary>Runs before anything is changed: throw to fail the whole apply, or wait to be cancelled.</summary>
    public Func<IReadOnlyList<PlatformAction>, CancellationToken, Task>? BeforeApply { get; set; }

    /// <summary>Throws after the changes were made (the platform acted; the caller never heard back).</summary>
    public Exception? AfterApply { get; set; }

    public int ApplyCalls { get; private set; }

    /// <summary>Every status change the platform made, in order (actions already in effect are not changes).</summary>
    public IReadOnlyList<(string EventId, PlatformAction Action)> Changes
    {
        get
        {
            lock (_gate)
            {
                return [.. _changes];
            }
        }
    }

    public PlatformEventRef AddEvent(string externalId, DateTimeOffset start, RegistrationApproval approval = RegistrationApproval.Manual)
    {
        var eventRef = new PlatformEventRef(Account, PlatformKind.Zoom, PlatformEventKind.Meeting, externalId);
        lock (_gate)
        {
            _events.Add(new PlatformEvent(eventRef, "Partner briefing", start, "UTC", TimeSpan.FromHours(1), approval));
            _registrants[externalId] = [];
        }

        return eventRef;
    }

    public PlatformRegistrant AddRegistrant(
        PlatformEventRef eventRef, string first, string? last, string email, string? organisation = null, string? jobTitle = null,
        RegistrantStatus status = RegistrantStatus.Pending)
    {
        lock (_gate)
        {
            var id = "r" + (++_nextId).ToString(CultureInfo.InvariantCulture);
            var registrant = new PlatformRegistrant(id, first, last, email, organisation, jobTitle, null, status, null, []);
            _registrants[eventRef.ExternalId].Add(registrant);
            return registrant;
        }
    }

    /// <summary>The registrant edits their registration (or the organiser does).</summary>
    public void Update(PlatformEventRef eventRef, string registrantId, Func<PlatformRegistrant, PlatformRegistrant> change)
    {
        lock (_gate)
        {
            var list = _registrants[eventRef.ExternalId];
            var index = list.FindIndex(r => r.ExternalId == registrantId);
            list[index] = change(list[index]);
        }
    }

    public RegistrantStatus StatusOf(PlatformEventRef eventRef, string registrantId)
    {
        lock (_gate)
        {
            return _registrants[eventRef.ExternalId].Single(r => r.ExternalId == registrantId).Status;
        }
    }

    public async IAsyncEnumerable<PlatformEvent> DiscoverEventsAsync(string account, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        List<PlatformEvent> events;
        lock (_gate)
        {
            events = [.. _events];
        }

        foreach (var e in events)
        {
            yield return e;
        }
    }

    public async IAsyncEnumerable<PlatformRegistrant> ListRegistrantsAsync(PlatformEventRef eventRef, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        List<PlatformRegistrant> registrants;
        lock (_gate)
        {
            registrants = [.. _registrants[eventRef.ExternalId]];
        }

        foreach (var r in registrants)
        {
            yield return r;
        }
    }

    public async Task<IReadOnlyList<PlatformActionOutcome>> ApplyAsync(
        PlatformEventRef eventRef, IReadOnlyList<PlatformAction> actions, CancellationToken cancellationToken)
    {
        ApplyCalls++;
        if (BeforeApply is { } before)
        {
            await before(actions, cancellationToken);
        }

        List<PlatformActionOutcome> outcomes;
        lock (_gate)
        {
            outcomes = [.. actions.Select(a => Apply(eventRef.ExternalId, a))];
        }

        return AfterApply is { } after ? throw after : outcomes;
    }

    private PlatformActionOutcome Apply(string eventId, PlatformAction action)
    {
        var list = _registrants[eventId];
        var index = list.FindIndex(r => r.ExternalId == action.RegistrantId);
        if (index < 0)
        {
            return new PlatformActionOutcome(action, PlatformActionResult.NotEnforceable, "unknown registrant");
        }

        var target = action.Kind == PlatformActionKind.Approve ? RegistrantStatus.Approved : RegistrantStatus.Denied;
        if (list[index].Status == target)
        {
            return new PlatformActionOutcome(action, PlatformActionResult.AlreadyApplied);
        }

        list[index] = list[index] with { Status = target };
        _changes.Add((eventId, action));
        return new PlatformActionOutcome(action, PlatformActionResult.Applied);
    }
}
