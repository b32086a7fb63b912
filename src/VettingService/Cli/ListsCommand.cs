using System.CommandLine;

namespace Vetting.Service.Cli;

/// <summary><c>vetting lists ...</c>: import, show, diff, update and roll back watchlist versions.</summary>
internal static class ListsCommand
{
    public static Command Build()
    {
        var lists = new Command("lists", "Manage watchlists: import files, show active versions, compare versions, update from publishers.");
        return lists;
    }
}
