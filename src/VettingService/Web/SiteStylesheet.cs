namespace Vetting.Service.Web;

/// <summary>
/// The UI's one stylesheet, embedded in the executable (the content root is the output folder, which has no wwwroot),
/// served with a long cache lifetime under a versioned path.
/// </summary>
internal static class SiteStylesheet
{
    public const string Path = "/web/site.v1.css";

    private static readonly Lazy<byte[]> Content = new(Load);

    public static IResult Serve(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.Headers.CacheControl = "public, max-age=86400";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.Bytes(Content.Value, "text/css; charset=utf-8");
    }

    private static byte[] Load()
    {
        using var stream = typeof(SiteStylesheet).Assembly.GetManifestResourceStream("Vetting.Service.Web.site.css")
                           ?? throw new InvalidOperationException("the embedded stylesheet is missing from the build");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
