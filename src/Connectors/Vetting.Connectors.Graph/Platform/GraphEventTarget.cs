using Vetting.Connectors.Graph.Api;
using Vetting.Core.Platforms;

namespace Vetting.Connectors.Graph.Platform;

/// <summary>A <see cref="PlatformEventRef"/> checked and resolved to the tenant's API.</summary>
internal sealed record GraphEventTarget(PlatformEventRef Ref, GraphApi Api)
{
    public const int MaxIdLength = 512;

    private static readonly System.Buffers.SearchValues<char> IdForbidden = System.Buffers.SearchValues.Create("/\\?#'\" \t\r\n%");

    public PlatformEventKind Kind => Ref.Kind;

    public string Id => Ref.ExternalId;

    public static GraphEventTarget Resolve(PlatformEventRef eventRef, GraphApiFactory apis)
    {
        Check(eventRef);
        return new GraphEventTarget(eventRef, apis.For(eventRef.Account));
    }

    public static void Check(PlatformEventRef eventRef)
    {
        ArgumentNullException.ThrowIfNull(eventRef);
        if (eventRef.Platform != PlatformKind.MicrosoftGraph)
        {
            throw new ArgumentException($"{eventRef} is not a Microsoft Graph event.", nameof(eventRef));
        }

        if (eventRef.Kind is not (PlatformEventKind.Webinar or PlatformEventKind.TownHall))
        {
            throw new ArgumentException($"{eventRef}: Microsoft Graph has registrations for webinars and town halls only.", nameof(eventRef));
        }

        if (!IsId(eventRef.ExternalId))
        {
            throw new ArgumentException($"{eventRef}: a Graph event id is a non-empty string without slashes, quotes or spaces.", nameof(eventRef));
        }

        if (eventRef.OccurrenceId is not null)
        {
            throw new ArgumentException($"{eventRef}: Graph events have no occurrences.", nameof(eventRef));
        }
    }

    /// <summary>True for an id safe to put in a path segment: event ids look like <c>{guid}@{tenant guid}</c>, registration ids are GUIDs.</summary>
    public static bool IsId(string? id) =>
        id is { Length: > 0 and <= MaxIdLength } && id.AsSpan().IndexOfAny(IdForbidden) < 0;
}
