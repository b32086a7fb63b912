using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Vetting.Core.Vetting;
using Vetting.Service.Api.Contracts;
using Vetting.Service.Auth;

namespace Vetting.Service.Api;

/// <summary><c>/api/users</c>: local accounts (when <c>Vetting:Auth:Mode</c> is Local). Admin only; audited as setting changes.</summary>
internal static class UserEndpoints
{
    public static RouteGroupBuilder MapUsers(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/users").WithTags("Settings").RequireAuthorization(VettingRoles.AdminPolicy);
        group.MapGet("/", (LocalAccountStore accounts) => TypedResults.Ok(accounts.ListUsers().Select(ToItem).ToList()))
            .WithSummary("Local accounts (admin)");
        group.MapPost("/", CreateAsync).WithSummary("Create a local account with a role (admin)");
        group.MapDelete("/{userName}", DeleteAsync).WithSummary("Remove a local account; the last admin stays (admin)");
        return api;
    }

    private static async Task<Results<Created<UserItem>, ProblemHttpResult>> CreateAsync(
        CreateUserRequest request, HttpContext http, LocalAccountStore accounts, IOptions<VettingAuthOptions> options, IAuditLog audit,
        CancellationToken cancellationToken)
    {
        if (options.Value.Mode != AuthMode.Local)
        {
            return TypedResults.Problem("local accounts are off: users sign in with OpenID Connect", statusCode: StatusCodes.Status409Conflict);
        }

        var actor = VettingUser.Id(http.User);
        var user = accounts.CreateUser(request.UserName, request.Role, request.Password, options.Value.MinPasswordLength, actor);
        await SettingsAudit.AppendAsync(audit, actor, "user", user.UserName, "created", user.Role, cancellationToken);
        return TypedResults.Created($"/api/users/{user.UserName}", ToItem(user));
    }

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(
        string userName, HttpContext http, LocalAccountStore accounts, IAuditLog audit, CancellationToken cancellationToken)
    {
        if (accounts.FindUser(userName) is not { } user)
        {
            return TypedResults.NotFound();
        }

        accounts.DeleteUser(user.UserName);
        await SettingsAudit.AppendAsync(audit, VettingUser.Id(http.User), "user", user.UserName, "removed", user.Role, cancellationToken);
        return TypedResults.NoContent();
    }

    private static UserItem ToItem(LocalUser user) => new(user.UserName, user.Role, user.CreatedAt, user.CreatedBy);
}
