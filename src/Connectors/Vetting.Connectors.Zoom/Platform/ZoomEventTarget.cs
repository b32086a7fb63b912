using System.Globalization;
using Vetting.Connectors.Zoom.Api;
using Vetting.Core.Platforms;

namespace Vetting.Connectors.Zoom.Platform;

/// <summary>A <see cref="PlatformEventRef"/> checked and resolved to the account's client and Zoom's numeric id.</summary>
internal sealed record ZoomEventTarget(PlatformEventRef Ref, ZoomApiClient Client, long Id)
{
    public PlatformEventKind Kind => Ref.Kind;

    public string? OccurrenceId => Ref.OccurrenceId;

    public static ZoomEventTarget Resolve(PlatformEventRef eventRef, ZoomApiClientFactory clients)
    {
        ArgumentNullException.ThrowIfNull(eventRef);
        if (eventRef.Platform != PlatformKind.Zoom)
        {
            throw new ArgumentException($"{eventRef} is not a Zoom event.", nameof(eventRef));
        }

        if (eventRef.Kind is not (PlatformEventKind.Meeting or PlatformEventKind.Webinar))
        {
            throw new ArgumentException($"{eventRef}: Zoom has meetings and webinars only.", nameof(eventRef));
        }

        if (!long.TryParse(eventRef.ExternalId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
        {
            throw new ArgumentException($"{eventRef}: a Zoom meeting or webinar id is a positive number.", nameof(eventRef));
        }

        if (eventRef.OccurrenceId is { } occurrence && (occurrence.Length == 0 || !occurrence.All(char.IsAsciiDigit)))
        {
            throw new ArgumentException($"{eventRef}: a Zoom occurrence id is a digit string.", nameof(eventRef));
        }

        return new ZoomEventTarget(eventRef, clients.For(eventRef.Account), id);
    }
}
