using System.CommandLine;
using Vetting.Service.Cli;

namespace Vetting.Service.Hosting;

/// <summary>Runs the web service (UI, API and jobs) until stopped.</summary>
internal static class ServiceHost
{
    public static async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var options = new VettingHostOptions
        {
            DataDirectory = CommonOptions.ResolveDataDirectory(parseResult),
            Urls = parseResult.GetValue(CommonOptions.Urls),
        };
        await using var app = VettingApp.Build(VettingApp.CreateBuilder(options));
        await app.RunAsync(cancellationToken);
        return 0;
    }
}
