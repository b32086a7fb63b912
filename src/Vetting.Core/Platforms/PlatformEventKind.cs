namespace Vetting.Core.Platforms;

/// <summary>What sort of event registrants signed up for.</summary>
public enum PlatformEventKind
{
    Meeting,
    Webinar,
    TownHall,
}
