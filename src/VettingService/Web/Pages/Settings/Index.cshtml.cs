using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Vetting.Core.Vetting;
using Vetting.Service.Api;
using Vetting.Service.Api.Review;
using Vetting.Service.Auth;
using Vetting.Service.Web.Admin;

namespace Vetting.Service.Web.Pages.Settings;

/// <summary>
/// Admin (the <c>/Settings</c> folder needs the admin policy): connected platform accounts, whether discovery runs for
/// them, their upcoming events, and the default policy new events copy. Changes go through the account store (audited).
/// </summary>
internal sealed class IndexModel(IAccountStore accounts, EventOverview overview, IOptions<VettingApiOptions> options) : PageModel
{
    public IReadOnlyList<ConnectedAccount> Accounts { get; private set; } = [];

    public IReadOnlyDictionary<Guid, int> UpcomingEvents { get; private set; } = new Dictionary<Guid, int>();

    public int UpcomingDays => options.Value.UpcomingDays;

    public Guid? Saved { get; private set; }

    public Guid? FailedAccount { get; private set; }

    public string? Problem { get; private set; }

    public async Task OnGetAsync(Guid? saved, CancellationToken cancellationToken)
    {
        Saved = saved;
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(Guid accountId, int revision, bool enabled, [FromForm] PolicyForm policy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (policy.ToPolicy(out var problem) is not { } newPolicy)
        {
            return await RefusedAsync(accountId, problem, cancellationToken);
        }

        try
        {
            await accounts.UpdateAccountAsync(accountId, newPolicy, enabled, revision, VettingUser.Id(User), cancellationToken);
        }
        catch (VettingConcurrencyException)
        {
            return await RefusedAsync(accountId, "Someone changed this account in the meantime. Its current settings are shown: check them and save again.", cancellationToken);
        }
        catch (VettingRuleException)
        {
            return await RefusedAsync(accountId, "There is no such account.", cancellationToken);
        }

        return RedirectToPage(new { saved = accountId });
    }

    private async Task<PageResult> RefusedAsync(Guid accountId, string? problem, CancellationToken cancellationToken)
    {
        FailedAccount = accountId;
        Problem = problem;
        await LoadAsync(cancellationToken);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Accounts = await accounts.ListAccountsAsync(cancellationToken);
        var upcoming = await overview.ListUpcomingAsync(TimeSpan.FromDays(UpcomingDays), cancellationToken);
        UpcomingEvents = upcoming.GroupBy(e => e.AccountId).ToDictionary(g => g.Key, g => g.Count());
    }
}
