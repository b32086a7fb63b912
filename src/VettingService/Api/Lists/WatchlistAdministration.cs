using System.Text.RegularExpressions;
using Vetting.Core.Vetting;
using Vetting.Watchlists.Importing;
using Vetting.Watchlists.Versions;
using Vetting.Service.Api.Contracts;

namespace Vetting.Service.Api.Lists;

/// <summary>Admin changes to the watchlists: a curated list uploaded, a version activated (or rolled back to). Audited.</summary>
internal sealed partial class WatchlistAdministration(FileWatchlistStore store, WatchlistImporter importer, IAuditLog audit, ILogger<WatchlistAdministration> logger)
{
    /// <summary>Imports an uploaded curated list (YAML). A list with any problem is rejected whole, every problem by line.</summary>
    public async Task<CuratedUploadResult> UploadCuratedAsync(Stream content, bool force, string actor, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "vetting-upload-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var file = Path.Combine(folder, "curated.yaml");
            await using (var target = File.Create(file))
            {
                await content.CopyToAsync(target, cancellationToken);
            }

            ImportOutcome outcome;
            try
            {
                outcome = await Task.Run(
                    () => importer.Import(new ImportRequest(file) { Format = WatchlistFormat.Curated, Origin = "upload", Force = force }, cancellationToken),
                    cancellationToken);
            }
            catch (WatchlistFormatException e)
            {
                return new CuratedUploadResult(null, Problems(e));
            }

            if (outcome.Status != ImportStatus.Unchanged)
            {
                await AuditAsync(outcome.Version.Source, outcome.Version.VersionId, outcome.Status.ToString(), outcome.Previous?.VersionId, actor, cancellationToken);
            }

            return new CuratedUploadResult(outcome, []);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Makes a stored version active. Returns false when the source or version does not exist.</summary>
    public async Task<bool> ActivateAsync(string source, string versionId, string reason, string actor, CancellationToken cancellationToken)
    {
        if (!store.ListSources().Contains(source, StringComparer.Ordinal) || store.FindVersion(source, versionId) is null)
        {
            return false;
        }

        var previous = store.GetActive(source)?.VersionId;
        store.Activate(source, versionId, reason);
        await AuditAsync(source, versionId, "Activated", previous, actor, cancellationToken);
        return true;
    }

    private async Task AuditAsync(string source, string versionId, string outcome, string? previous, string actor, CancellationToken cancellationToken)
    {
        var details = new Dictionary<string, string>(StringComparer.Ordinal) { ["version"] = versionId, ["outcome"] = outcome };
        if (previous is not null)
        {
            details["previous"] = previous;
        }

        await audit.AppendAsync(new AuditDraft(AuditKind.ListChanged, actor, "watchlist", source, details), cancellationToken);
        ApiLog.ListChanged(logger, source, versionId, outcome, actor);
    }

    /// <summary>The first problem (with the exception's line) and every further <c>file:line: problem</c> line.</summary>
    private static List<ListProblem> Problems(WatchlistFormatException e)
    {
        var lines = e.Problem.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var problems = new List<ListProblem> { new(e.Line, lines.Length > 0 ? lines[0].Trim() : e.Problem) };
        foreach (var line in lines.Skip(1))
        {
            var match = ProblemLine().Match(line.Trim());
            problems.Add(match.Success
                ? new ListProblem(long.Parse(match.Groups["line"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture), match.Groups["problem"].Value)
                : new ListProblem(null, line.Trim()));
        }

        return problems;
    }

    [GeneratedRegex(@"^[^\n:]*:(?<line>\d{1,9}): (?<problem>.*)$")]
    private static partial Regex ProblemLine();
}
