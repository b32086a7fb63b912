using Vetting.Connectors.FileImport;
using Vetting.Core.Vetting;
using Vetting.Core.Watchlists;
using Vetting.Core.Workflow;
using Vetting.Matching;
using Vetting.Service.Api.Contracts;

namespace Vetting.Service.Api.Screening;

/// <summary>Screens people who are not registrants of a stored event: one typed in, or a CSV of many. Nothing is stored.</summary>
internal sealed class AdHocScreening(ScreeningIndexProvider lists, IWatchlistStore store, ILogger<AdHocScreening> logger)
{
    private static MatchPolicy Policy => MatchPolicy.Default;

    /// <exception cref="ArgumentException">No field to screen, or a field longer than the matcher accepts.</exception>
    /// <exception cref="VettingRuleException">No watchlist is active.</exception>
    public async Task<AdHocScreeningResult> ScreenPersonAsync(PersonQuery person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var query = new RegistrantQuery
        {
            FirstName = person.FirstName?.Trim(),
            LastName = person.LastName?.Trim(),
            Email = person.Email?.Trim(),
            Organization = person.Organization?.Trim(),
            JobTitle = person.JobTitle?.Trim(),
            Country = person.Country?.Trim(),
        };
        if (new[] { query.FirstName, query.LastName, query.Email, query.Organization }.All(string.IsNullOrEmpty))
        {
            throw new ArgumentException("give at least a name, an e-mail address or an organisation to screen", nameof(person));
        }

        var current = await CurrentAsync(cancellationToken);
        var result = current.Index.Screen(query, Policy);
        ApiLog.AdHocScreened(logger, 1, 0);
        return new AdHocScreeningResult(result.Decision.ToString(), result.Score, result.Matches, current.Lists.Versions);
    }

    /// <exception cref="InvalidDataException">The file is not a registrant CSV at all (empty, no usable header).</exception>
    public async Task<CsvScreeningResult> ScreenCsvAsync(string path, CancellationToken cancellationToken)
    {
        var rows = RegistrantCsvReader.Read(path, Policy.MaxFieldLength).ToList();
        var current = await CurrentAsync(cancellationToken);
        var results = new List<CsvRowResult>(rows.Count);
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (row.Problem is { } problem)
            {
                results.Add(new CsvRowResult(row.Row, row.Line, row.Id, problem, null, null, []));
                continue;
            }

            var result = current.Index.Screen(
                new RegistrantQuery
                {
                    FirstName = row.FirstName,
                    LastName = row.LastName,
                    Email = row.Email,
                    Organization = row.Organization,
                    JobTitle = row.JobTitle,
                    Country = row.Country,
                },
                Policy);
            results.Add(new CsvRowResult(row.Row, row.Line, row.Id, null, result.Decision.ToString(), result.Score, result.Matches));
        }

        var rejected = results.Count(r => r.Problem is not null);
        ApiLog.AdHocScreened(logger, results.Count - rejected, rejected);
        return new CsvScreeningResult(results.Count, results.Count - rejected, rejected, results, current.Lists.Versions);
    }

    private Task<ScreeningIndex> CurrentAsync(CancellationToken cancellationToken) =>
        store.GetActiveVersions().Count == 0
            ? throw new VettingRuleException("no watchlist is active: import or activate a list before screening")
            : lists.GetCurrentAsync(cancellationToken);
}
