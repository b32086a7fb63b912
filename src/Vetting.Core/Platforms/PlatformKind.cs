namespace Vetting.Core.Platforms;

/// <summary>The meeting platform a connector talks to.</summary>
public enum PlatformKind
{
    Zoom,
    MicrosoftGraph,

    /// <summary>Registrant exports read from files, for organisers whose platform has no API (and for the demo).</summary>
    FileImport,
}
