using Microsoft.AspNetCore.Http.HttpResults;
using Vetting.Core.Vetting;
using Vetting.Service.Api.Contracts;
using Vetting.Service.Auth;

namespace Vetting.Service.Api;

/// <summary><c>/api/accounts</c>: connected platform accounts and their default policy (settings: admin to change).</summary>
internal static class AccountEndpoints
{
    public static RouteGroupBuilder MapAccounts(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/accounts").WithTags("Settings");
        group.MapGet("/", async (IAccountStore accounts, CancellationToken cancellationToken) => TypedResults.Ok(await accounts.ListAccountsAsync(cancellationToken)))
            .WithSummary("Connected platform accounts with their default policy for new events");
        group.MapPut("/{accountId:guid}", UpdateAsync).RequireAuthorization(VettingRoles.AdminPolicy)
            .WithSummary("Change an account's default policy or switch it off (admin)");
        return api;
    }

    private static async Task<Results<Ok<ConnectedAccount>, NotFound>> UpdateAsync(
        Guid accountId, UpdateAccountRequest request, HttpContext http, IAccountStore accounts, CancellationToken cancellationToken)
    {
        if (!(await accounts.ListAccountsAsync(cancellationToken)).Any(a => a.Id == accountId))
        {
            return TypedResults.NotFound();
        }

        request.DefaultPolicy.Validate();
        return TypedResults.Ok(await accounts.UpdateAccountAsync(
            accountId, request.DefaultPolicy, request.Enabled, request.Revision, VettingUser.Id(http.User), cancellationToken));
    }
}
