using System.Net.Http.Headers;

namespace Vetting.Watchlists.Updating;

/// <summary>Fetches the files of one source into a folder, refusing error pages and oversized bodies.</summary>
internal sealed class WatchlistDownloader(HttpClient httpClient)
{
    /// <summary>The largest list file accepted (the EU file is ~25 MB, OFAC's ~30 MB).</summary>
    public const long MaxFileBytes = 512L * 1024 * 1024;

    public async Task DownloadAsync(WatchlistSourceDefinition source, string folder, CancellationToken cancellationToken)
    {
        foreach (var (fileName, url) in source.Files)
        {
            var target = Path.Combine(folder, Path.GetFileName(fileName));
            using var response = await httpClient.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException($"{fileName}: the publisher answered {(int)response.StatusCode} {response.ReasonPhrase}", null, response.StatusCode);
            }

            if (response.Content.Headers.ContentLength is > MaxFileBytes)
            {
                throw new InvalidDataException($"{fileName}: {response.Content.Headers.ContentLength} bytes is larger than the {MaxFileBytes} accepted");
            }

            if (IsHtml(response.Content.Headers.ContentType))
            {
                throw new InvalidDataException($"{fileName}: the publisher sent an HTML page instead of the list");
            }

            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            await using var file = File.Create(target);
            await CopyBoundedAsync(body, file, fileName, cancellationToken);
        }
    }

    private static async Task CopyBoundedAsync(Stream from, Stream to, string fileName, CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await from.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
            if (total > MaxFileBytes)
            {
                throw new InvalidDataException($"{fileName}: larger than the {MaxFileBytes} bytes accepted");
            }

            await to.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }
    }

    private static bool IsHtml(MediaTypeHeaderValue? type) =>
        type?.MediaType is { } media && media.Contains("html", StringComparison.OrdinalIgnoreCase);
}
