using Microsoft.AspNetCore.Http.HttpResults;
using Vetting.Service.Api.Contracts;
using Vetting.Service.Api.Settings;
using Vetting.Service.Auth;

namespace Vetting.Service.Api;

/// <summary><c>/api/keys</c>: API keys for automation, scoped to a role, shown once, stored hashed. Admin only; audited.</summary>
internal static class ApiKeyEndpoints
{
    public static RouteGroupBuilder MapApiKeys(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/keys").WithTags("Settings").RequireAuthorization(VettingRoles.AdminPolicy);
        group.MapGet("/", (AccessAdministration access) => TypedResults.Ok(access.ListApiKeys()))
            .WithSummary("API keys (never the keys themselves; admin)");
        group.MapPost("/", CreateAsync).WithSummary("Create an API key for a role; the key is in this answer only (admin)");
        group.MapDelete("/{keyId}", RevokeAsync).WithSummary("Revoke an API key (admin)");
        return api;
    }

    private static async Task<Created<CreatedApiKey>> CreateAsync(
        CreateApiKeyRequest request, HttpContext http, AccessAdministration access, CancellationToken cancellationToken)
    {
        var created = await access.CreateApiKeyAsync(request, VettingUser.Id(http.User), cancellationToken);
        return TypedResults.Created($"/api/keys/{created.Id}", created);
    }

    private static async Task<Results<Ok<ApiKeyItem>, NotFound>> RevokeAsync(
        string keyId, HttpContext http, AccessAdministration access, CancellationToken cancellationToken) =>
        await access.RevokeApiKeyAsync(keyId, VettingUser.Id(http.User), cancellationToken) is { } revoked
            ? TypedResults.Ok(revoked)
            : TypedResults.NotFound();
}
