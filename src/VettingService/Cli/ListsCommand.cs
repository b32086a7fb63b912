using System.CommandLine;
using Vetting.Service.Cli.Lists;

namespace Vetting.Service.Cli;

/// <summary><c>vetting lists ...</c>: import, show, diff, update and roll back watchlist versions.</summary>
internal static class ListsCommand
{
    public static Command Build() =>
        new("lists", "Manage watchlists: import files, show active versions, compare versions, update from publishers, roll back.")
        {
            ListsImportCommand.Build(),
            ListsShowCommand.Build(),
            ListsDiffCommand.Build(),
            ListsUpdateCommand.Build(),
            ListsActivateCommand.Build(),
        };
}
