using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Vetting.Core.Watchlists;
using Vetting.Service.Api;
using Vetting.Service.Api.Contracts;
using Vetting.Service.Api.Lists;
using Vetting.Service.Auth;
using Vetting.Watchlists.Importing;
using Vetting.Watchlists.Versions;

namespace Vetting.Service.Web.Pages.Watchlists;

/// <summary>
/// Admin: upload the curated list (YAML). A list with any problem is refused whole and every problem is listed by line;
/// the active version stays. A valid list becomes active and the page moves on to its diff against the previous one.
/// </summary>
internal sealed class UploadModel(
    WatchlistAdministration administration,
    FileWatchlistStore store,
    IOptions<VettingApiOptions> options,
    PageAuthorization authorization) : PageModel
{
    public IReadOnlyList<ListProblem> Problems { get; private set; } = [];

    public string? Message { get; private set; }

    public WatchlistVersion? Active { get; private set; }

    public long MaxBytes => options.Value.MaxUploadBytes;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await authorization.IsAdminAsync(User))
        {
            return Forbid();
        }

        Active = store.GetActive(WatchlistSources.Curated);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await authorization.IsAdminAsync(User))
        {
            return Forbid();
        }

        var (file, form, problem) = await Uploads.ReadAsync(HttpContext, MaxBytes, cancellationToken);
        if (problem is not null)
        {
            return Refused(problem is ProblemHttpResult p ? p.ProblemDetails.Detail ?? p.ProblemDetails.Title : "The upload could not be read.");
        }

        var force = string.Equals(form?["force"], "true", StringComparison.Ordinal);
        CuratedUploadResult result;
        await using (var content = file!.OpenReadStream()) // not null: no problem means a file
        {
            result = await administration.UploadCuratedAsync(content, force, VettingUser.Id(User), cancellationToken);
        }

        if (result.Outcome is not { } outcome)
        {
            Problems = result.Problems;
            return Refused($"The list was not imported: {result.Problems.Count} problem(s). The active version stays.");
        }

        return outcome.Status switch
        {
            ImportStatus.Activated => RedirectToPage("/Watchlists/Diff", new { source = outcome.Version.Source, to = outcome.Version.VersionId }),
            ImportStatus.Unchanged => Refused("The file is identical to the active version: nothing changed.", StatusCodes.Status200OK),
            _ => Refused(outcome.Describe() + ". Tick 'activate even if it shrank' to activate it anyway, or activate it from the version history.",
                StatusCodes.Status409Conflict),
        };
    }

    private PageResult Refused(string? message, int status = StatusCodes.Status400BadRequest)
    {
        Message = message;
        Active = store.GetActive(WatchlistSources.Curated);
        Response.StatusCode = status;
        return Page();
    }
}
