using System.CommandLine;
using Vetting.Watchlists.Versions;

namespace Vetting.Service.Cli.Lists;

/// <summary><c>vetting lists activate SOURCE VERSION</c>: make a stored version active again (roll back or forward).</summary>
internal static class ListsActivateCommand
{
    public static Command Build()
    {
        var source = new Argument<string>("source") { Description = "Source code, e.g. ofac-sdn." };
        var version = new Argument<string>("version") { Description = "A version id from 'vetting lists show SOURCE'." };
        var command = new Command("activate", "Make a stored version the active one (roll back to an earlier version, or accept a refused one).") { source, version };
        command.SetAction((parseResult, _) =>
        {
            using var services = CliServices.Build(parseResult);
            var store = services.GetRequiredService<FileWatchlistStore>();
            var sourceCode = parseResult.GetRequiredValue(source);
            var versionId = parseResult.GetRequiredValue(version);
            if (store.FindVersion(sourceCode, versionId) is null)
            {
                parseResult.InvocationConfiguration.Error.WriteLine($"error: no version '{versionId}' of '{sourceCode}'; see 'vetting lists show {sourceCode}'");
                return Task.FromResult(1);
            }

            store.Activate(sourceCode, versionId, "activated by operator");
            parseResult.InvocationConfiguration.Output.WriteLine($"{sourceCode}: version {versionId} is now active");
            return Task.FromResult(0);
        });
        return command;
    }
}
