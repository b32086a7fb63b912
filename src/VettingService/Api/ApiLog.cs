namespace Vetting.Service.Api;

/// <summary>Log messages of the API (event ids 1400–1499): ids and counts only, never names, e-mails or list text.</summary>
internal static partial class ApiLog
{
    [LoggerMessage(1402, LogLevel.Warning, "Flag {DecisionId} was escalated but the escalation e-mail could not be sent")]
    public static partial void EscalationMailFailed(ILogger logger, Guid decisionId);

    [LoggerMessage(1403, LogLevel.Information, "Ad-hoc screening: {Screened} screened, {Rejected} rejected")]
    public static partial void AdHocScreened(ILogger logger, int screened, int rejected);

    [LoggerMessage(1404, LogLevel.Information, "Watchlist {Source}: version {VersionId} {Outcome} by {Actor}")]
    public static partial void ListChanged(ILogger logger, string source, string versionId, string outcome, string actor);
}
