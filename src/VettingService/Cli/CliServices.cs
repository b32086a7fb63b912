using System.CommandLine;
using Vetting.Watchlists;

namespace Vetting.Service.Cli;

/// <summary>The services an administrative verb needs, over the data folder the command line names.</summary>
internal static class CliServices
{
    public static ServiceProvider Build(ParseResult parseResult)
    {
        var dataDirectory = CommonOptions.ResolveDataDirectory(parseResult);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddWatchlists(Path.Combine(dataDirectory, "watchlists"));
        return services.BuildServiceProvider();
    }
}
