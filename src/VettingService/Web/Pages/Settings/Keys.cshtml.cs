using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vetting.Service.Api.Contracts;
using Vetting.Service.Api.Settings;
using Vetting.Service.Auth;

namespace Vetting.Service.Web.Pages.Settings;

/// <summary>
/// Admin: API keys for automation. A new key is shown once, in the answer to the post that created it (never in an
/// address, never stored in plain text); revoking takes effect at the next request. Both are audited.
/// </summary>
internal sealed class KeysModel(AccessAdministration access) : PageModel
{
    public IReadOnlyList<ApiKeyItem> Keys { get; private set; } = [];

    public static IReadOnlyList<string> Roles => VettingRoles.All;

    public CreatedApiKey? Created { get; private set; }

    public string? Done { get; private set; }

    public string? Problem { get; private set; }

    public void OnGet(string? done)
    {
        Done = done == "revoked" ? "Key revoked. The change is in the audit trail." : null;
        Keys = access.ListApiKeys();
    }

    public async Task<PageResult> OnPostCreateAsync(string? name, string? role, CancellationToken cancellationToken)
    {
        try
        {
            Created = await access.CreateApiKeyAsync(new CreateApiKeyRequest(name ?? "", role ?? ""), VettingUser.Id(User), cancellationToken);
        }
        catch (AccountRuleException e)
        {
            Problem = e.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        Keys = access.ListApiKeys();
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(string keyId, CancellationToken cancellationToken)
    {
        if (await access.RevokeApiKeyAsync(keyId ?? "", VettingUser.Id(User), cancellationToken) is null)
        {
            Problem = "There is no such key.";
            Keys = access.ListApiKeys();
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        return RedirectToPage(new { done = "revoked" });
    }
}
