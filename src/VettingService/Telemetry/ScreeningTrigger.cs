namespace Vetting.Service.Telemetry;

/// <summary>Why registrants were screened: the <c>vetting.trigger</c> tag of <c>vetting.registrants.screened</c>.</summary>
internal enum ScreeningTrigger
{
    /// <summary>The scheduled pull of an event's registrants.</summary>
    Pull,

    /// <summary>A platform's registration notice (webhook or change notification).</summary>
    Notice,

    /// <summary>A re-screen after a watchlist version changed.</summary>
    Rescreen,

    /// <summary>The final check before an event starts.</summary>
    FinalCheck,

    /// <summary>An ad-hoc screening through the API (one person or a CSV).</summary>
    AdHoc,
}
