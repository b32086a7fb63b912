using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Features;

namespace Vetting.Service.Api;

/// <summary>Reads the one file of a multipart upload, refusing anything larger than the configured limit before it is read.</summary>
internal static class Uploads
{
    /// <summary>The uploaded file (field <c>file</c>, or the only file), or a ProblemDetails result saying why there is none.</summary>
    public static async Task<(IFormFile? File, IFormCollection? Form, IResult? Problem)> ReadAsync(HttpContext http, long maxBytes, CancellationToken cancellationToken)
    {
        if (http.Request.ContentLength > maxBytes + (64 * 1024))
        {
            return (null, null, TooLarge(maxBytes));
        }

        if (!http.Request.HasFormContentType)
        {
            return (null, null, TypedResults.Problem("send the file as multipart/form-data in a field named 'file'",
                statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Not a file upload"));
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes + (64 * 1024);
        }

        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = maxBytes + (64 * 1024) }, cancellationToken);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, null, TooLarge(maxBytes));
        }
        catch (InvalidDataException e)
        {
            return (null, null, e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase)
                ? TooLarge(maxBytes)
                : TypedResults.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest, title: "Malformed upload"));
        }

        var file = form.Files.GetFile("file") ?? (form.Files.Count == 1 ? form.Files[0] : null);
        if (file is null)
        {
            return (null, form, TypedResults.Problem("send the file in a multipart field named 'file'", statusCode: StatusCodes.Status400BadRequest, title: "No file"));
        }

        return file.Length > maxBytes ? (null, form, TooLarge(maxBytes)) : (file, form, null);
    }

    private static ProblemHttpResult TooLarge(long maxBytes) => TypedResults.Problem(
        $"uploads are limited to {maxBytes} bytes (Vetting:Api:MaxUploadBytes)", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Upload too large");
}
