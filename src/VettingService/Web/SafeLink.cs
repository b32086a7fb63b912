namespace Vetting.Service.Web;

/// <summary>Which list-supplied URLs become links: absolute http or https only (never <c>javascript:</c>, <c>data:</c> or relative).</summary>
internal static class SafeLink
{
    public static bool IsWeb(string? url) =>
        url is { Length: < 2048 }
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
