using Microsoft.Extensions.Logging;
using Vetting.Core.Platforms;
using Vetting.Core.Vetting;

namespace Vetting.Core.Workflow;

/// <summary>The workflow's log messages (event ids 1200–1299): ids and counts only, never names, e-mails or list text.</summary>
internal static partial class Log
{
    [LoggerMessage(1200, LogLevel.Information, "Screening index built for {Lists}: {PartyCount} listed parties; {Affected} entities changed since the previous index (-1: first)")]
    public static partial void IndexBuilt(ILogger logger, string lists, int partyCount, int affected);

    [LoggerMessage(1201, LogLevel.Warning, "Registrant {RegistrantId} could not be screened (a field is longer than the matcher accepts); held for review")]
    public static partial void Unscreenable(ILogger logger, Guid registrantId);

    [LoggerMessage(1202, LogLevel.Information, "Registrant {RegistrantId} of event {EventId}: {Kind} (score {Score:0.000}), platform action {Action}")]
    public static partial void Decided(ILogger logger, Guid registrantId, Guid eventId, DecisionKind kind, double score, string action);

    [LoggerMessage(1203, LogLevel.Information, "Enforcement for event {EventId}: {Applied} applied, {NotEnforceable} not enforceable, {Failed} failed")]
    public static partial void Enforced(ILogger logger, Guid? eventId, int applied, int notEnforceable, int failed);

    [LoggerMessage(1204, LogLevel.Warning, "Enforcement for event {EventId} failed for {Count} action(s) ({ErrorType}); they stay open")]
    public static partial void EnforcementFailed(ILogger logger, Guid eventId, int count, string errorType);

    [LoggerMessage(1205, LogLevel.Information, "Event {EventId} not pulled: {Why}")]
    public static partial void EventNotPulled(ILogger logger, Guid eventId, string why);

    [LoggerMessage(1206, LogLevel.Information, "Event {EventId} pulled: {Registrants} registrants, {Added} new, {Screened} screened, {NewFlags} new flags")]
    public static partial void Pulled(ILogger logger, Guid eventId, int registrants, int added, int screened, int newFlags);

    [LoggerMessage(1207, LogLevel.Information, "{Platform} account {AccountId}: {Events} upcoming events, {New} new")]
    public static partial void Discovered(ILogger logger, PlatformKind platform, Guid accountId, int events, int @new);

    [LoggerMessage(1208, LogLevel.Warning, "Registration notice for unknown event {EventRef}: ignored")]
    public static partial void UnknownEvent(ILogger logger, string eventRef);

    [LoggerMessage(1209, LogLevel.Information, "Final check of event {EventId}: {Registrants} registrants, {UnresolvedFlags} unresolved flags, {PendingActions} pending actions, lists as of {ListsAsOf:yyyy-MM-dd}")]
    public static partial void FinalCheck(ILogger logger, Guid eventId, int registrants, int unresolvedFlags, int pendingActions, DateTimeOffset listsAsOf);

    [LoggerMessage(1210, LogLevel.Error, "Final check of event {EventId} failed ({ErrorType}); it is tried again on the next run")]
    public static partial void FinalCheckFailed(ILogger logger, Guid eventId, string errorType);

    [LoggerMessage(1211, LogLevel.Information, "Re-screen: {Events} upcoming events, {Checked} registrants checked, {Rescreened} screened again, {NewFlags} new flags")]
    public static partial void Rescreened(ILogger logger, int events, int @checked, int rescreened, int newFlags);

    [LoggerMessage(1212, LogLevel.Information, "Reviewer decision {DecisionId}: {Kind} (new: {Created})")]
    public static partial void ReviewerDecided(ILogger logger, Guid decisionId, DecisionKind kind, bool created);

    [LoggerMessage(1214, LogLevel.Warning, "Event {EventId}: registrant {ExternalId} refused by the store ({Rule}); not stored, left as it is on the platform")]
    public static partial void RegistrantRejected(ILogger logger, Guid eventId, string externalId, string rule);

    [LoggerMessage(1213, LogLevel.Information, "Retention purge: {Events} events, {Registrants} registrants, {Screenings} screenings")]
    public static partial void Purged(ILogger logger, int events, int registrants, int screenings);
}
