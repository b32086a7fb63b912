using System.CommandLine;
using Vetting.Service.Cli;

namespace Vetting.Service.Hosting;

/// <summary>Runs the web service (UI, API and jobs) until stopped.</summary>
internal static class ServiceHost
{
    public static async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateBuilder();
        var urls = parseResult.GetValue(CommonOptions.Urls);
        builder.WebHost.UseUrls(string.IsNullOrWhiteSpace(urls) ? "http://localhost:5080" : urls);
        var app = builder.Build();
        app.MapGet("/", () => Results.Text("Vetting", "text/plain"));
        await app.RunAsync(cancellationToken);
        return 0;
    }
}
