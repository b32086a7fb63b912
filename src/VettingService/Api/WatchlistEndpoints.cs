using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Vetting.Core.Watchlists;
using Vetting.Service.Api.Contracts;
using Vetting.Service.Api.Lists;
using Vetting.Service.Auth;
using Vetting.Watchlists.Importing;
using Vetting.Watchlists.Versions;
using Vetting.Service.Api.Review;

namespace Vetting.Service.Api;

/// <summary><c>/api/watchlists</c>: active versions, a source's versions, diffs, entities, curated upload, activation and rollback.</summary>
internal static class WatchlistEndpoints
{
    public static RouteGroupBuilder MapWatchlists(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/watchlists").WithTags("Watchlists");
        group.MapGet("/", (FileWatchlistStore store) => TypedResults.Ok(store.GetActiveVersions()))
            .WithSummary("The active version of every list source (counts, dates, origin)");
        group.MapGet("/{source}/versions", Versions).WithSummary("Every stored version of a source, oldest first, and the active one");
        group.MapGet("/{source}/diff", Diff).WithSummary("Entities added, removed and changed between two versions (default: previous → active)");
        group.MapGet("/entities/{entityId}", Entity).WithSummary("A list entity of an active version (all names, scripts, identifiers)");
        group.MapPost("/curated", UploadAsync).RequireAuthorization(VettingRoles.AdminPolicy).DisableAntiforgery()
            .WithSummary("Upload the curated list (YAML, multipart field 'file'); problems come back by line (admin)");
        group.MapPost("/{source}/activate", ActivateAsync).RequireAuthorization(VettingRoles.AdminPolicy)
            .WithSummary("Make a stored version active: an update or a rollback (admin)");
        return api;
    }

    private static Results<Ok<SourceVersions>, NotFound> Versions(string source, FileWatchlistStore store) =>
        store.ListSources().Contains(source, StringComparer.Ordinal)
            ? TypedResults.Ok(new SourceVersions(source, store.GetActive(source)?.VersionId, store.ListVersions(source)))
            : TypedResults.NotFound();

    private static Results<Ok<WatchlistDiff>, NotFound, ProblemHttpResult> Diff(
        string source, string? from, string? to, VersionComparison comparison, CancellationToken cancellationToken)
    {
        if (!comparison.HasSource(source))
        {
            return TypedResults.NotFound();
        }

        return comparison.Compare(source, from, to, cancellationToken) is { } diff
            ? TypedResults.Ok(diff)
            : TypedResults.Problem("name two stored versions of the source (from, to); the active one has no predecessor",
                statusCode: StatusCodes.Status404NotFound, title: "No such versions");
    }

    private static Results<Ok<WatchlistEntity>, NotFound> Entity(string entityId, EntityLookup lookup, CancellationToken cancellationToken) =>
        lookup.Find(entityId, cancellationToken) is { } entity ? TypedResults.Ok(entity) : TypedResults.NotFound();

    private static async Task<IResult> UploadAsync(
        HttpContext http, WatchlistAdministration administration, IOptions<VettingApiOptions> options, CancellationToken cancellationToken)
    {
        var (file, form, problem) = await Uploads.ReadAsync(http, options.Value.MaxUploadBytes, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var force = string.Equals(form?["force"], "true", StringComparison.OrdinalIgnoreCase);
        await using var content = file!.OpenReadStream(); // not null: no problem means a file
        var result = await administration.UploadCuratedAsync(content, force, VettingUser.Id(http.User), cancellationToken);
        if (result.Outcome is not { } outcome)
        {
            return TypedResults.Problem(
                $"the curated list was not imported: {result.Problems.Count} problem(s), the first on line {result.Problems[0].Line}",
                statusCode: StatusCodes.Status400BadRequest,
                title: "Invalid curated list",
                extensions: new Dictionary<string, object?> { ["problems"] = result.Problems });
        }

        return outcome.Status switch
        {
            ImportStatus.Activated => TypedResults.Created($"/api/watchlists/{outcome.Version.Source}/versions", outcome.Version),
            ImportStatus.Unchanged => TypedResults.Ok(outcome.Version),
            _ => TypedResults.Problem(outcome.Describe() + "; send force=true to activate it anyway",
                statusCode: StatusCodes.Status409Conflict, title: "Stored but not activated"),
        };
    }

    private static async Task<Results<Ok<WatchlistVersion>, NotFound>> ActivateAsync(
        string source, ActivateRequest request, HttpContext http, WatchlistAdministration administration, FileWatchlistStore store,
        CancellationToken cancellationToken)
    {
        var reason = Justification.Require(request.Reason);
        if (!await administration.ActivateAsync(source, request.VersionId, reason, VettingUser.Id(http.User), cancellationToken))
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(store.GetActive(source)!); // not null: just activated
    }
}
