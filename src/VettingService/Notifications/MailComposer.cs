using System.Globalization;
using System.Text;
using Vetting.Core.Vetting;

namespace Vetting.Service.Notifications;

/// <summary>
/// The texts of reviewer notifications. They name the event (topic and start), counts and links; the registrant is
/// only ever a link, so a forwarded or misdirected message discloses no one.
/// </summary>
internal static class MailComposer
{
    public static (string Subject, string Body) NewFlags(VettedEvent vettedEvent, IReadOnlyCollection<Guid> decisionIds, int openFlags, string baseUrl)
    {
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"{decisionIds.Count} new flag(s) need a reviewer's decision for {Describe(vettedEvent)}.\n\n");
        AppendLinks(body, decisionIds, baseUrl);
        body.Append(CultureInfo.InvariantCulture, $"\nOpen flags for this event: {openFlags}.\n");
        AppendFooter(body, vettedEvent, baseUrl);
        return ($"[Vetting] {decisionIds.Count} new flag(s): {Topic(vettedEvent)}", body.ToString());
    }

    public static (string Subject, string Body) Digest(VettedEvent vettedEvent, IReadOnlyList<VettingDecision> openFlags, EventTally? tally, string baseUrl)
    {
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"Before the final check of {Describe(vettedEvent)}:\n\n");
        body.Append(CultureInfo.InvariantCulture, $"Registrants: {tally?.Registrants ?? 0}\n");
        body.Append(CultureInfo.InvariantCulture, $"Open flags: {openFlags.Count}\n");
        body.Append(CultureInfo.InvariantCulture,
            $"Platform actions not yet confirmed: {(tally?.Count(ActionState.Pending) ?? 0) + (tally?.Count(ActionState.Failed) ?? 0)}\n");
        body.Append(CultureInfo.InvariantCulture, $"Could not enforce: {tally?.Count(ActionState.CouldNotEnforce) ?? 0}\n\n");
        if (openFlags.Count > 0)
        {
            body.Append("Oldest first:\n");
            AppendLinks(body, openFlags.Select(f => f.Id).ToList(), baseUrl);
        }

        AppendFooter(body, vettedEvent, baseUrl);
        return ($"[Vetting] Digest: {openFlags.Count} open flag(s): {Topic(vettedEvent)}", body.ToString());
    }

    public static (string Subject, string Body) Unresolved(VettedEvent vettedEvent, IReadOnlyList<VettingDecision> openFlags, string baseUrl)
    {
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture,
            $"ESCALATION: {openFlags.Count} flag(s) were still unresolved at the final check of {Describe(vettedEvent)}. ");
        body.Append("These registrants stay pending on the platform until a reviewer decides.\n\n");
        AppendLinks(body, openFlags.Select(f => f.Id).ToList(), baseUrl);
        AppendFooter(body, vettedEvent, baseUrl);
        return ($"[Vetting] ESCALATION: {openFlags.Count} unresolved flag(s) at the final check: {Topic(vettedEvent)}", body.ToString());
    }

    public static (string Subject, string Body) Escalated(VettedEvent vettedEvent, Guid decisionId, string reviewerId, string note, string baseUrl)
    {
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"Reviewer {reviewerId} escalated a flag for {Describe(vettedEvent)}.\n\n");
        AppendLinks(body, [decisionId], baseUrl);
        body.Append("\nReviewer's note:\n").Append(OneParagraph(note, 2000)).Append('\n');
        AppendFooter(body, vettedEvent, baseUrl);
        return ($"[Vetting] Flag escalated: {Topic(vettedEvent)}", body.ToString());
    }

    public static string FlagLink(string baseUrl, Guid decisionId) => $"{baseUrl.TrimEnd('/')}/review/{decisionId:D}";

    private static void AppendLinks(StringBuilder body, IReadOnlyCollection<Guid> decisionIds, string baseUrl)
    {
        foreach (var id in decisionIds.Take(50))
        {
            body.Append("- ").Append(FlagLink(baseUrl, id)).Append('\n');
        }

        if (decisionIds.Count > 50)
        {
            body.Append(CultureInfo.InvariantCulture, $"- and {decisionIds.Count - 50} more in the review queue\n");
        }
    }

    private static void AppendFooter(StringBuilder body, VettedEvent vettedEvent, string baseUrl) =>
        body.Append(CultureInfo.InvariantCulture, $"\nEvent: {baseUrl.TrimEnd('/')}/events/{vettedEvent.Id:D}\nReview queue: {baseUrl.TrimEnd('/')}/review\n")
            .Append("\nThis message names no registrant: open the links to see who is concerned.\n");

    private static string Describe(VettedEvent vettedEvent) =>
        vettedEvent.StartUtc is { } start
            ? string.Create(CultureInfo.InvariantCulture, $"\"{Topic(vettedEvent)}\" (starts {start:yyyy-MM-dd HH:mm} UTC)")
            : $"\"{Topic(vettedEvent)}\"";

    private static string Topic(VettedEvent vettedEvent) => OneParagraph(vettedEvent.Topic, 120);

    private static string OneParagraph(string text, int max)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(t => !t.Any(char.IsControl)));
        return flat.Length <= max ? flat : string.Concat(flat.AsSpan(0, max - 1), "…");
    }
}
