using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Vetting.Service.Api.Contracts;
using Vetting.Service.Api.Screening;
using Vetting.Service.Auth;

namespace Vetting.Service.Api;

/// <summary><c>/api/screenings</c>: ad-hoc screening of one person (JSON body) or a registrant CSV (upload). Nothing is stored.</summary>
internal static class ScreeningEndpoints
{
    public static RouteGroupBuilder MapScreenings(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/screenings").WithTags("Ad-hoc screening").RequireAuthorization(VettingRoles.ReviewerPolicy);
        group.MapPost("/person", PersonAsync).WithSummary("Screen one person against the active lists (reviewer)");
        group.MapPost("/csv", CsvAsync).DisableAntiforgery()
            .WithSummary("Screen a registrant CSV (multipart field 'file'); rows that cannot be screened come back by row number (reviewer)");
        return api;
    }

    private static async Task<Ok<AdHocScreeningResult>> PersonAsync(PersonQuery person, AdHocScreening screening, CancellationToken cancellationToken) =>
        TypedResults.Ok(await screening.ScreenPersonAsync(person, cancellationToken));

    private static async Task<IResult> CsvAsync(HttpContext http, AdHocScreening screening, IOptions<VettingApiOptions> options, CancellationToken cancellationToken)
    {
        var (file, _, problem) = await Uploads.ReadAsync(http, options.Value.MaxUploadBytes, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var path = Path.Combine(Path.GetTempPath(), "vetting-upload-" + Guid.NewGuid().ToString("N") + ".csv");
        try
        {
            await using (var target = File.Create(path))
            {
                await file!.CopyToAsync(target, cancellationToken); // not null: no problem means a file
            }

            return TypedResults.Ok(await screening.ScreenCsvAsync(path, cancellationToken));
        }
        catch (InvalidDataException e)
        {
            return TypedResults.Problem(e.Message.Replace(Path.GetFileName(path), "upload", StringComparison.Ordinal),
                statusCode: StatusCodes.Status400BadRequest, title: "Not a registrant CSV");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
