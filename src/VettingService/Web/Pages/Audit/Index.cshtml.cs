using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vetting.Core.Vetting;
using Vetting.Service.Api.AuditTrail;
using Vetting.Service.Web.Admin;

namespace Vetting.Service.Web.Pages.Audit;

/// <summary>
/// The audit trail: the hash-chain check first, then the records newest first, searchable by kind, actor, event, dates and
/// text, and exportable as inert CSV. Searches are posted so that what a user types never lands in an address or a log.
/// </summary>
internal sealed class IndexModel(IAuditLog audit, AuditChainCheck chainCheck) : PageModel
{
    public AuditFilter Filter { get; private set; } = new();

    public ChainCheckResult? Chain { get; private set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    /// <summary>The sequence to continue from for older records; null on the last page.</summary>
    public long? OlderThan { get; private set; }

    public string? Problem { get; private set; }

    public static IReadOnlyList<AuditKind> Kinds { get; } = Enum.GetValues<AuditKind>();

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(new AuditFilter(), freshCheck: false, cancellationToken);

    public Task OnPostAsync([FromForm] AuditFilter filter, CancellationToken cancellationToken) => LoadAsync(filter, freshCheck: false, cancellationToken);

    /// <summary>Walks the chain now, whatever the age of the last check; keeps the search.</summary>
    public Task OnPostCheckAsync([FromForm] AuditFilter filter, CancellationToken cancellationToken) => LoadAsync(filter, freshCheck: true, cancellationToken);

    /// <summary>Every record the search finds (all pages, newest first) as CSV with hashes.</summary>
    public async Task<IActionResult> OnPostExportAsync([FromForm] AuditFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (!ModelState.IsValid || filter.ToQuery(out _) is not { } query)
        {
            await LoadAsync(filter, freshCheck: false, cancellationToken);
            return Page();
        }

        return new AuditCsvResult("audit-search.csv", AuditCsv.Matching(audit, query with { BeforeSequence = null }, cancellationToken));
    }

    private async Task LoadAsync(AuditFilter filter, bool freshCheck, CancellationToken cancellationToken)
    {
        Filter = filter;
        Chain = await chainCheck.GetAsync(freshCheck, cancellationToken);
        if (!ModelState.IsValid)
        {
            Problem = string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage));
            return;
        }

        if (filter.ToQuery(out var problem) is not { } query)
        {
            Problem = problem;
            return;
        }

        Entries = await audit.SearchAsync(query, cancellationToken);
        OlderThan = Entries.Count == AuditFilter.PageSize ? Entries[^1].Sequence : null;
    }
}
