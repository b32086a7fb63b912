using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vetting.Service.Api.Lists;
using Vetting.Service.Auth;

namespace Vetting.Service.Web.Pages.Watchlists;

/// <summary>
/// Every list source: the active version with its counts and age against the source's cadence, and its version history.
/// An admin can make a stored version active (an update or a rollback), with a reason that goes on the record.
/// </summary>
internal sealed class IndexModel(WatchlistOverview overview, WatchlistAdministration administration, PageAuthorization authorization) : PageModel
{
    public const int MaxReasonLength = 500;

    public IReadOnlyList<SourceOverview> Sources { get; private set; } = [];

    public bool IsAdmin { get; private set; }

    /// <summary>The source whose active version was just changed (shown as a status line).</summary>
    public SourceOverview? Changed { get; private set; }

    public string? Problem { get; private set; }

    public async Task OnGetAsync(string? activated)
    {
        await LoadAsync();
        Changed = activated is null ? null : Sources.FirstOrDefault(s => s.Source == activated);
    }

    public async Task<IActionResult> OnPostActivateAsync(string source, string versionId, string? reason, CancellationToken cancellationToken)
    {
        if (!await authorization.IsAdminAsync(User))
        {
            return Forbid();
        }

        reason = reason?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length > MaxReasonLength)
        {
            return await ProblemAsync($"Give a reason for the change (1 to {MaxReasonLength} characters): it goes on the record.");
        }

        if (!await administration.ActivateAsync(source ?? "", versionId ?? "", reason, VettingUser.Id(User), cancellationToken))
        {
            return await ProblemAsync("There is no such stored version any more. Nothing was changed.");
        }

        return RedirectToPage(new { activated = source });
    }

    private async Task<PageResult> ProblemAsync(string problem)
    {
        await LoadAsync();
        Problem = problem;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task LoadAsync()
    {
        IsAdmin = await authorization.IsAdminAsync(User);
        Sources = overview.List();
    }
}
