using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Vetting.Core.Vetting;
using Vetting.Service.Api.Contracts;
using Vetting.Service.Auth;

namespace Vetting.Service.Api;

/// <summary><c>/api/keys</c>: API keys for automation, scoped to a role, shown once, stored hashed. Admin only; audited.</summary>
internal static class ApiKeyEndpoints
{
    public static RouteGroupBuilder MapApiKeys(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/keys").WithTags("Settings").RequireAuthorization(VettingRoles.AdminPolicy);
        group.MapGet("/", (LocalAccountStore accounts) => TypedResults.Ok(accounts.ListApiKeys().Select(ToItem).ToList()))
            .WithSummary("API keys (never the keys themselves; admin)");
        group.MapPost("/", CreateAsync).WithSummary("Create an API key for a role; the key is in this answer only (admin)");
        group.MapDelete("/{keyId}", RevokeAsync).WithSummary("Revoke an API key (admin)");
        return api;
    }

    private static async Task<Created<CreatedApiKey>> CreateAsync(
        CreateApiKeyRequest request, HttpContext http, LocalAccountStore accounts, IOptions<VettingAuthOptions> options, IAuditLog audit,
        CancellationToken cancellationToken)
    {
        var actor = VettingUser.Id(http.User);
        var (record, key) = accounts.CreateApiKey(request.Name, request.Role, actor);
        await SettingsAudit.AppendAsync(audit, actor, "apikey", record.Id, "created", record.Role, cancellationToken);
        return TypedResults.Created($"/api/keys/{record.Id}", new CreatedApiKey(record.Id, record.Name, record.Role, key, options.Value.ApiKeyHeader));
    }

    private static async Task<Results<Ok<ApiKeyItem>, NotFound>> RevokeAsync(
        string keyId, HttpContext http, LocalAccountStore accounts, IAuditLog audit, CancellationToken cancellationToken)
    {
        if (!accounts.ListApiKeys().Any(k => k.Id == keyId))
        {
            return TypedResults.NotFound();
        }

        var actor = VettingUser.Id(http.User);
        var record = accounts.RevokeApiKey(keyId, actor);
        await SettingsAudit.AppendAsync(audit, actor, "apikey", record.Id, "revoked", record.Role, cancellationToken);
        return TypedResults.Ok(ToItem(record));
    }

    private static ApiKeyItem ToItem(ApiKeyRecord record) => new(record.Id, record.Name, record.Role, record.CreatedAt, record.CreatedBy, record.RevokedAt);
}
