using Microsoft.AspNetCore.Authorization;
using Vetting.Service.Auth;

namespace Vetting.Service.Web;

/// <summary>
/// Role checks for page handlers. Razor Pages authorizes a whole page (every page needs a viewer); a handler that decides
/// asks for the reviewer policy here, on the server, whatever buttons the page showed; one that changes lists asks for admin.
/// </summary>
internal sealed class PageAuthorization(IAuthorizationService authorization)
{
    public async Task<bool> IsReviewerAsync(System.Security.Claims.ClaimsPrincipal user) =>
        (await authorization.AuthorizeAsync(user, VettingRoles.ReviewerPolicy)).Succeeded;

    public async Task<bool> IsAdminAsync(System.Security.Claims.ClaimsPrincipal user) =>
        (await authorization.AuthorizeAsync(user, VettingRoles.AdminPolicy)).Succeeded;
}
