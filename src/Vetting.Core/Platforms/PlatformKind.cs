namespace Vetting.Core.Platforms;

/// <summary>The meeting platform a connector talks to.</summary>
public enum PlatformKind
{
    Zoom,
    MicrosoftGraph,
}
