using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Vetting.Core.Platforms;
using Vetting.Matching;

namespace Vetting.Connectors.FileImport.Platform;

/// <summary>
/// <see cref="IEventPlatform"/> over registrant exports: each configured event is one file, re-read on every pull (so a
/// newer export brings new registrants); actions are recorded in the event's status file.
/// </summary>
internal sealed class FileImportEventPlatform : IEventPlatform, IDisposable
{
    private readonly FileImportOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<FileImportEventPlatform> _logger;
    private readonly SemaphoreSlim _ledgerLock = new(1, 1);

    public FileImportEventPlatform(IOptions<FileImportOptions> options, TimeProvider time, ILogger<FileImportEventPlatform> logger)
    {
        _options = options.Value;
        _time = time;
        _logger = logger;
        Accounts = [.. _options.Events.Values.Select(e => e.Account).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    public PlatformKind Platform => PlatformKind.FileImport;

    public IReadOnlyCollection<string> Accounts { get; }

    public async IAsyncEnumerable<PlatformEvent> DiscoverEventsAsync(string account, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.CompletedTask;
        var now = _time.GetUtcNow();
        foreach (var (name, options) in _options.Events.Where(e => string.Equals(e.Value.Account, account, StringComparison.OrdinalIgnoreCase)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var duration = TimeSpan.FromMinutes(options.DurationMinutes);
            if (options.StartUtc is { } start && start + duration < now)
            {
                continue;
            }

            yield return new PlatformEvent(RefOf(name, options), options.Topic, options.StartUtc, "UTC", duration, options.Approval);
        }
    }

    public async IAsyncEnumerable<PlatformRegistrant> ListRegistrantsAsync(
        PlatformEventRef eventRef, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var (name, options) = Find(eventRef);
        Dictionary<string, RegistrantStatus> statuses;
        await _ledgerLock.WaitAsync(cancellationToken);
        try
        {
            statuses = Ledger(name, options).Read();
        }
        finally
        {
            _ledgerLock.Release();
        }

        var initial = options.Approval == RegistrationApproval.Manual ? RegistrantStatus.Pending : RegistrantStatus.Approved;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in RegistrantCsvReader.Read(options.Path, MatchPolicy.Default.MaxFieldLength))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (row.Problem is not null || !seen.Add(row.Id))
            {
                Log.RowSkipped(_logger, name, row.Row, row.Problem ?? "the id appears twice");
                continue;
            }

            yield return new PlatformRegistrant(
                row.Id, row.FirstName, Blank(row.LastName), row.Email, Blank(row.Organization), Blank(row.JobTitle), Blank(row.Country),
                statuses.GetValueOrDefault(row.Id, initial), null, []);
        }
    }

    public async Task<IReadOnlyList<PlatformActionOutcome>> ApplyAsync(
        PlatformEventRef eventRef, IReadOnlyList<PlatformAction> actions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actions);
        var (name, options) = Find(eventRef);
        var known = RegistrantCsvReader.Read(options.Path, MatchPolicy.Default.MaxFieldLength)
            .Where(r => r.Problem is null)
            .Select(r => r.Id)
            .ToHashSet(StringComparer.Ordinal);
        var initial = options.Approval == RegistrationApproval.Manual ? RegistrantStatus.Pending : RegistrantStatus.Approved;
        await _ledgerLock.WaitAsync(cancellationToken);
        try
        {
            var ledger = Ledger(name, options);
            var statuses = ledger.Read();
            var outcomes = actions.Select(action => Apply(action, statuses, known, initial)).ToList();
            if (outcomes.Any(o => o.Result == PlatformActionResult.Applied))
            {
                ledger.Write(statuses);
            }

            return outcomes;
        }
        finally
        {
            _ledgerLock.Release();
        }
    }

    public void Dispose() => _ledgerLock.Dispose();

    private static PlatformActionOutcome Apply(
        PlatformAction action, Dictionary<string, RegistrantStatus> statuses, HashSet<string> known, RegistrantStatus initial)
    {
        if (!known.Contains(action.RegistrantId))
        {
            return new PlatformActionOutcome(action, PlatformActionResult.NotEnforceable, "registrant not in the export");
        }

        var target = action.Kind switch
        {
            PlatformActionKind.Approve => RegistrantStatus.Approved,
            PlatformActionKind.Deny => RegistrantStatus.Denied,
            _ => RegistrantStatus.Cancelled,
        };
        if (statuses.GetValueOrDefault(action.RegistrantId, initial) == target)
        {
            return new PlatformActionOutcome(action, PlatformActionResult.AlreadyApplied);
        }

        statuses[action.RegistrantId] = target;
        return new PlatformActionOutcome(action, PlatformActionResult.Applied);
    }

    private (string Name, FileImportEventOptions Options) Find(PlatformEventRef eventRef)
    {
        ArgumentNullException.ThrowIfNull(eventRef);
        if (eventRef.Platform == PlatformKind.FileImport
            && _options.Events.TryGetValue(eventRef.ExternalId, out var options)
            && string.Equals(options.Account, eventRef.Account, StringComparison.OrdinalIgnoreCase))
        {
            return (eventRef.ExternalId, options);
        }

        throw new PlatformApiException(System.Net.HttpStatusCode.NotFound, "unknown_event", $"no imported event {eventRef}");
    }

    private FileImportStatusLedger Ledger(string name, FileImportEventOptions options)
    {
        var folder = _options.StatusDirectory ?? System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(options.Path))!; // a full path has a folder
        return new FileImportStatusLedger(System.IO.Path.Combine(folder, $"{options.Account}.{name}.status.json"));
    }

    private static PlatformEventRef RefOf(string name, FileImportEventOptions options) =>
        new(options.Account, PlatformKind.FileImport, PlatformEventKind.Meeting, name);

    private static string? Blank(string value) => value.Length == 0 ? null : value;
}
