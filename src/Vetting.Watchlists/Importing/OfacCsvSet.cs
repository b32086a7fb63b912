using System.Text.RegularExpressions;

namespace Vetting.Watchlists.Importing;

/// <summary>
/// Finds the files of an OFAC legacy CSV set (SDN + ALT + ADD + SDN_COMMENTS) in any letter case and with any
/// prefix (<c>ofac-sdn.csv</c>, <c>SDN.CSV</c>, <c>cons_prim.csv</c>...).
/// </summary>
internal static partial class OfacCsvSet
{
    public const string AltRole = "alt";
    public const string AddRole = "add";
    public const string CommentsRole = "comments";

    public static bool IsSdnFileName(string path) => SdnName().IsMatch(Path.GetFileName(path));

    public static bool IsCompanionFileName(string path) => CompanionName().IsMatch(Path.GetFileName(path));

    /// <summary>An SDN.CSV row starts with a number, then a quoted name: <c>36,"AEROCARIBBEAN AIRLINES",-0- ,...</c>.</summary>
    public static bool LooksLikeSdnRow(string line) => SdnRow().IsMatch(line);

    public static WatchlistInput? FromFolder(string folder)
    {
        var main = Directory.EnumerateFiles(folder).Where(IsSdnFileName).Order(StringComparer.Ordinal).FirstOrDefault();
        return main is null ? null : FromMainFile(main);
    }

    public static WatchlistInput FromMainFile(string mainFile)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(mainFile)) ?? ".";
        var name = Path.GetFileName(mainFile);
        var match = SdnName().Match(name);
        var siblings = new Dictionary<string, string>(StringComparer.Ordinal);
        if (match.Success)
        {
            var prefix = match.Groups["prefix"].Value;
            var stem = match.Groups["stem"].Value;
            var isConsolidated = stem.StartsWith("cons", StringComparison.OrdinalIgnoreCase);
            AddSibling(siblings, folder, prefix, AltRole, isConsolidated ? ["cons_alt", "alt"] : ["alt"]);
            AddSibling(siblings, folder, prefix, AddRole, isConsolidated ? ["cons_add", "add"] : ["add"]);
            AddSibling(siblings, folder, prefix, CommentsRole, isConsolidated ? ["cons_comments", "sdn_comments"] : ["sdn_comments"]);
        }

        return new WatchlistInput(mainFile, siblings);
    }

    private static void AddSibling(Dictionary<string, string> siblings, string folder, string prefix, string role, string[] stems)
    {
        foreach (var stem in stems)
        {
            var wanted = prefix + stem + ".csv";
            var found = Directory.EnumerateFiles(folder)
                .FirstOrDefault(f => string.Equals(Path.GetFileName(f), wanted, StringComparison.OrdinalIgnoreCase));
            if (found is not null)
            {
                siblings[role] = found;
                return;
            }
        }
    }

    [GeneratedRegex(@"^(?<prefix>.*?)(?<stem>sdn|cons_prim)\.csv$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SdnName();

    [GeneratedRegex(@"(alt|add|comments)\.csv$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CompanionName();

    [GeneratedRegex(@"^\d+,""", RegexOptions.CultureInvariant)]
    private static partial Regex SdnRow();
}
