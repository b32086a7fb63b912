using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vetting.Service.Api.Contracts;
using Vetting.Service.Api.Settings;
using Vetting.Service.Auth;

namespace Vetting.Service.Web.Pages.Settings;

/// <summary>Admin: local accounts and their roles (create, remove). Each change is audited (user name and role only).</summary>
internal sealed class UsersModel(AccessAdministration access) : PageModel
{
    public IReadOnlyList<UserItem> Users { get; private set; } = [];

    public bool LocalAccounts => access.LocalAccountsEnabled;

    public static IReadOnlyList<string> Roles => VettingRoles.All;

    public string? Done { get; private set; }

    public string? Problem { get; private set; }

    /// <summary>What the admin typed, kept after a refusal (never the password).</summary>
    public string? UserName { get; private set; }

    public string? Role { get; private set; }

    public void OnGet(string? done)
    {
        Done = done switch
        {
            "created" => "User created. The change is in the audit trail.",
            "removed" => "User removed. The change is in the audit trail.",
            _ => null,
        };
        Users = access.ListUsers();
    }

    public async Task<IActionResult> OnPostCreateAsync(string? userName, string? role, string? password, CancellationToken cancellationToken)
    {
        (UserName, Role) = (userName, role);
        try
        {
            await access.CreateUserAsync(new CreateUserRequest(userName ?? "", role ?? "", password ?? ""), VettingUser.Id(User), cancellationToken);
        }
        catch (AccountRuleException e)
        {
            return Refused(e.Message);
        }

        return RedirectToPage(new { done = "created" });
    }

    public async Task<IActionResult> OnPostRemoveAsync(string userName, CancellationToken cancellationToken)
    {
        try
        {
            if (!await access.DeleteUserAsync(userName ?? "", VettingUser.Id(User), cancellationToken))
            {
                return Refused("There is no such user.");
            }
        }
        catch (AccountRuleException e)
        {
            return Refused(e.Message);
        }

        return RedirectToPage(new { done = "removed" });
    }

    private PageResult Refused(string problem)
    {
        Problem = problem;
        Users = access.ListUsers();
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
