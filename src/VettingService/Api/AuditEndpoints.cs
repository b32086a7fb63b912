using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Vetting.Core.Vetting;
using Vetting.Service.Api.AuditTrail;
using Vetting.Service.Api.Contracts;

namespace Vetting.Service.Api;

/// <summary><c>/api/audit</c>: page through the hash-chained log, verify the chain, export it as CSV.</summary>
internal static class AuditEndpoints
{
    public static RouteGroupBuilder MapAudit(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/audit").WithTags("Audit");
        group.MapGet("/", PageAsync).WithSummary("Audit records after a sequence number, in order");
        group.MapGet("/verify", async (IAuditLog audit, CancellationToken cancellationToken) => TypedResults.Ok(await audit.VerifyChainAsync(cancellationToken)))
            .WithSummary("Recompute every hash and link of the chain");
        group.MapGet("/export", ExportAsync).WithSummary("The whole log as CSV with its hashes (every cell inert in spreadsheets)");
        return api;
    }

    private static async Task<Ok<AuditPage>> PageAsync(
        IAuditLog audit, IOptions<VettingApiOptions> options, long? after, int? take, CancellationToken cancellationToken)
    {
        var size = Math.Clamp(take ?? 100, 1, options.Value.MaxPageSize);
        var entries = await audit.ReadAsync(Math.Max(0, after ?? 0), size, cancellationToken);
        return TypedResults.Ok(new AuditPage(entries, entries.Count == size ? entries[^1].Sequence : null));
    }

    private static async Task<EmptyHttpResult> ExportAsync(HttpContext http, IAuditLog audit, CancellationToken cancellationToken)
    {
        await AuditCsv.WriteAsync(http.Response, "audit.csv", AuditCsv.All(audit, cancellationToken), cancellationToken);
        return TypedResults.Empty;
    }
}
