using System.Globalization;
using System.Net;
using System.Text;
using Vetting.Core.Watchlists;

namespace Vetting.Service.Web;

/// <summary>The start page until the reviewer UI lands: which watchlists are active and how old they are.</summary>
internal static class StatusPage
{
    public static IEndpointRouteBuilder MapStatusPage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", (IWatchlistStore store, TimeProvider time) => Results.Content(Render(store.GetActiveVersions(), time.GetUtcNow()), "text/html; charset=utf-8"));
        return endpoints;
    }

    private static string Render(IReadOnlyList<WatchlistVersion> versions, DateTimeOffset now)
    {
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Vetting</title></head><body><main>");
        html.Append("<h1>Vetting</h1><h2>Active watchlists</h2>");
        if (versions.Count == 0)
        {
            html.Append("<p>No watchlists are active. Import one with <code>vetting lists import PATH</code>.</p>");
        }
        else
        {
            html.Append("<table><thead><tr><th scope=\"col\">Source</th><th scope=\"col\">Entities</th><th scope=\"col\">As of</th><th scope=\"col\">Age (days)</th><th scope=\"col\">Origin</th></tr></thead><tbody>");
            foreach (var v in versions)
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><td>{WebUtility.HtmlEncode(v.Source)}</td><td>{v.EntityCount}</td><td>{v.AsOf:yyyy-MM-dd}</td>" +
                                                          $"<td>{(int)(now - v.AsOf).TotalDays}</td><td>{WebUtility.HtmlEncode(v.Origin)}</td></tr>");
            }

            html.Append("</tbody></table>");
        }

        html.Append("</main></body></html>");
        return html.ToString();
    }
}
