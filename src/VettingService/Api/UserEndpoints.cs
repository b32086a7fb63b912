using Microsoft.AspNetCore.Http.HttpResults;
using Vetting.Service.Api.Contracts;
using Vetting.Service.Api.Settings;
using Vetting.Service.Auth;

namespace Vetting.Service.Api;

/// <summary><c>/api/users</c>: local accounts (when <c>Vetting:Auth:Mode</c> is Local). Admin only; audited as setting changes.</summary>
internal static class UserEndpoints
{
    public static RouteGroupBuilder MapUsers(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/users").WithTags("Settings").RequireAuthorization(VettingRoles.AdminPolicy);
        group.MapGet("/", (AccessAdministration access) => TypedResults.Ok(access.ListUsers()))
            .WithSummary("Local accounts (admin)");
        group.MapPost("/", CreateAsync).WithSummary("Create a local account with a role (admin)");
        group.MapDelete("/{userName}", DeleteAsync).WithSummary("Remove a local account; the last admin stays (admin)");
        return api;
    }

    private static async Task<Results<Created<UserItem>, ProblemHttpResult>> CreateAsync(
        CreateUserRequest request, HttpContext http, AccessAdministration access, CancellationToken cancellationToken)
    {
        if (!access.LocalAccountsEnabled)
        {
            return TypedResults.Problem("local accounts are off: users sign in with OpenID Connect", statusCode: StatusCodes.Status409Conflict);
        }

        var user = await access.CreateUserAsync(request, VettingUser.Id(http.User), cancellationToken);
        return TypedResults.Created($"/api/users/{user.UserName}", user);
    }

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(
        string userName, HttpContext http, AccessAdministration access, CancellationToken cancellationToken) =>
        await access.DeleteUserAsync(userName, VettingUser.Id(http.User), cancellationToken)
            ? TypedResults.NoContent()
            : TypedResults.NotFound();
}
