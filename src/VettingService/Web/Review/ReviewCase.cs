using Vetting.Core.Vetting;
using Vetting.Core.Watchlists;
using Vetting.Service.Api.Contracts;

namespace Vetting.Service.Web.Review;

/// <summary>
/// Everything the review detail shows for one flag: the decision the link named, the registrant with its history, the
/// event, each match of the latest screening next to the list entity it matched, and the decisions on the same person's
/// other registrations.
/// </summary>
internal sealed record ReviewCase(
    VettingDecision Flag,
    VettedRegistrant Registrant,
    RegistrantDetail Detail,
    EventSummary? Event,
    IReadOnlyList<MatchView> Matches,
    IReadOnlyList<DecisionAtEvent> OtherRegistrations)
{
    public VettingDecision? Current => Detail.Registrant.Decision;

    /// <summary>False when a later decision superseded the one in the link.</summary>
    public bool IsCurrent => Current?.Id == Flag.Id;

    /// <summary>A reviewer may clear, confirm or escalate: an open flag or an automatic block, personal data still held.</summary>
    public bool IsDecidable =>
        !Detail.Registrant.Purged && Current?.Kind is DecisionKind.Review or DecisionKind.BlockProposed or DecisionKind.Block;

    public bool IsOpenFlag => !Detail.Registrant.Purged && Current?.Kind.IsUnresolved() == true;

    /// <summary>A confirmed match with no pending release can be put up for a four-eyes release.</summary>
    public bool CanRequestRelease => Current?.Kind == DecisionKind.Confirmed && Detail.PendingRelease is null;
}

/// <summary>One match of a screening with its list entity (null when the entry is no longer in the active version) and the matcher's explanation, one step per line.</summary>
internal sealed record MatchView(ScreeningMatch Match, WatchlistEntity? Entity, IReadOnlyList<string> Steps)
{
    public bool IsCleared => Match.ClearanceId is not null;

    public static IReadOnlyList<string> Split(string? explanation) =>
        string.IsNullOrWhiteSpace(explanation)
            ? []
            : explanation.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>A labelled list of list-entity values (programmes, birth dates…); shown only when it has any.</summary>
internal sealed record FactList(string Label, IReadOnlyList<string> Values);
