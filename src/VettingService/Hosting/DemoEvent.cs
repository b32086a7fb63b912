using Vetting.Connectors.FileImport;
using Vetting.Core.Platforms;
using Vetting.Watchlists;

namespace Vetting.Service.Hosting;

/// <summary>
/// The demo a newcomer sees on a fresh machine: an event read from <c>samples/demo-registrants.csv</c> through the
/// file-import connector, screened at start. On by default (<c>Vetting:Demo:Enabled</c>); its decisions go to a status
/// file in the data folder, never to a real platform.
/// </summary>
internal static class DemoEvent
{
    public const string EnabledKey = "Vetting:Demo:Enabled";
    public const string Account = "demo";
    public const string Name = "demo-briefing";
    public const string FileName = "demo-registrants.csv";

    /// <summary>The sample export next to the executable, or in <c>samples/</c> above it in a source checkout.</summary>
    public static string? Locate() => ShippedFiles.Find(Path.Combine("samples", FileName));

    /// <summary>Adds the demo event to the file-import options: 30 days ahead at 09:00 UTC, registrants pending approval.</summary>
    public static void Configure(FileImportOptions options, string exportPath, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Events.TryAdd(Name, new FileImportEventOptions
        {
            Account = Account,
            Path = exportPath,
            Topic = "Demo: partner briefing (sample registrants)",
            StartUtc = new DateTimeOffset(now.UtcDateTime.Date.AddDays(30).AddHours(9), TimeSpan.Zero),
            DurationMinutes = 120,
            Approval = RegistrationApproval.Manual,
        });
    }
}
