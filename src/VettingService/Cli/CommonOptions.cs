using System.CommandLine;

namespace Vetting.Service.Cli;

/// <summary>Options that several verbs share.</summary>
internal static class CommonOptions
{
    public static readonly Option<string?> DataDirectory = new("--data-dir")
    {
        Description = "Folder for Vetting's data (watchlist versions, database). " +
                      "Default: $VETTING_DATA_DIR, else ~/.local/share/vetting.",
        Recursive = true,
    };

    public static readonly Option<string?> Urls = new("--urls")
    {
        Description = "Addresses the service listens on (default http://localhost:5080).",
    };

    public static string ResolveDataDirectory(ParseResult parseResult)
    {
        var explicitDir = parseResult.GetValue(DataDirectory);
        if (!string.IsNullOrWhiteSpace(explicitDir))
        {
            return Path.GetFullPath(explicitDir);
        }

        var fromEnvironment = Environment.GetEnvironmentVariable("VETTING_DATA_DIR");
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return Path.GetFullPath(fromEnvironment);
        }

        return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "vetting");
    }
}
