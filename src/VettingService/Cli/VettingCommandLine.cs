using System.CommandLine;
using Vetting.Service.Cli.Screening;
using Vetting.Service.Hosting;

namespace Vetting.Service.Cli;

/// <summary>The <c>vetting</c> executable: with no verb it runs the service; verbs are administrative commands.</summary>
internal static class VettingCommandLine
{
    public static RootCommand Build()
    {
        var root = new RootCommand(
            "Vetting screens registrants of online meetings against sanctions lists and lists of occupation officials.\n" +
            "Run without a verb to start the service (web UI, API and background jobs).");
        root.Options.Add(CommonOptions.DataDirectory);
        root.Options.Add(CommonOptions.Urls);
        root.SetAction((parseResult, cancellationToken) => ServiceHost.RunAsync(parseResult, cancellationToken));
        root.Subcommands.Add(ListsCommand.Build());
        root.Subcommands.Add(ScreenCommand.Build());
        root.Subcommands.Add(CompareCommand.Build());
        root.Subcommands.Add(MigrateCommand.Build());
        return root;
    }
}
