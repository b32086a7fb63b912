namespace Vetting.Watchlists.Versions;

/// <summary>
/// Where the store keeps things: <c>{root}/{source}/{versionId}/entities.jsonl.gz</c> and <c>version.json</c>,
/// <c>{root}/{source}/active</c> naming the active version, <c>{root}/{source}/history.jsonl</c>.
/// </summary>
internal sealed class StoreLayout(string root)
{
    public const string EntitiesFile = "entities.jsonl.gz";
    public const string ManifestFile = "version.json";

    public string Root { get; } = root;

    public string Staging => Path.Combine(Root, ".staging");

    public string SourceFolder(string source) => Path.Combine(Root, Escape(source));

    public string VersionFolder(string source, string versionId) => Path.Combine(SourceFolder(source), versionId);

    public string ActivePointer(string source) => Path.Combine(SourceFolder(source), "active");

    public string History(string source) => Path.Combine(SourceFolder(source), "history.jsonl");

    public string LockFile(string source) => Path.Combine(SourceFolder(source), ".lock");

    public IEnumerable<string> SourceFolders() =>
        Directory.Exists(Root)
            ? Directory.EnumerateDirectories(Root).Where(d => !Path.GetFileName(d).StartsWith('.'))
            : [];

    /// <summary>Source codes may hold ':' (<c>opensanctions:eu_fsf</c>), which some file systems refuse.</summary>
    private static string Escape(string source)
    {
        foreach (var c in source)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or ':' or '.'))
            {
                throw new ArgumentException($"source code '{source}' may hold only letters, digits and - _ : .", nameof(source));
            }
        }

        return source.Replace(':', '+');
    }
}
