using System.CommandLine;
using Vetting.Service.Cli;
using Vetting.Service.Web;
using Vetting.Watchlists;
using Vetting.Watchlists.Bundled;

namespace Vetting.Service.Hosting;

/// <summary>Runs the web service (UI, API and jobs) until stopped.</summary>
internal static partial class ServiceHost
{
    public static async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var dataDirectory = CommonOptions.ResolveDataDirectory(parseResult);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        var urls = parseResult.GetValue(CommonOptions.Urls);
        builder.WebHost.UseUrls(string.IsNullOrWhiteSpace(urls) ? "http://localhost:5080" : urls);
        builder.Services.AddWatchlists(Path.Combine(dataDirectory, "watchlists"));

        var app = builder.Build();
        LoadBundledWatchlists(app, cancellationToken);
        app.MapStatusPage();
        await app.RunAsync(cancellationToken);
        return 0;
    }

    private static void LoadBundledWatchlists(WebApplication app, CancellationToken cancellationToken)
    {
        var folder = BundledWatchlists.Locate();
        if (folder is null)
        {
            LogNoBundledLists(app.Logger);
            return;
        }

        foreach (var result in app.Services.GetRequiredService<BundledWatchlists>().EnsureImported(folder, cancellationToken))
        {
            if (result.Outcome is { } outcome)
            {
                LogBundledListLoaded(app.Logger, outcome.Version.Source, outcome.Version.EntityCount, outcome.Version.AsOf);
            }
            else
            {
                LogBundledListFailed(app.Logger, result.Source, result.Error);
            }
        }
    }

    [LoggerMessage(1001, LogLevel.Information, "Loaded bundled watchlist {Source}: {EntityCount} entities as of {AsOf:yyyy-MM-dd}")]
    private static partial void LogBundledListLoaded(ILogger logger, string source, int entityCount, DateTimeOffset asOf);

    [LoggerMessage(1003, LogLevel.Error, "Bundled watchlist {Source} could not be loaded: {Problem}")]
    private static partial void LogBundledListFailed(ILogger logger, string source, string? problem);

    [LoggerMessage(1002, LogLevel.Warning, "No bundled watchlists found next to the executable; import lists with 'vetting lists import'")]
    private static partial void LogNoBundledLists(ILogger logger);
}
