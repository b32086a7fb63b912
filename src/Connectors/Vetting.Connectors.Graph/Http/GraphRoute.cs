using System.Text;

namespace Vetting.Connectors.Graph.Http;

/// <summary>
/// A request's path for logs with every id replaced by <c>{id}</c>: event, registration and subscription ids, and
/// function arguments (which can hold a UPN), so nothing personal reaches a log line.
/// </summary>
internal static class GraphRoute
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "v1.0", "beta", "solutions", "virtualEvents", "webinars", "townhalls", "registrations", "registrationConfiguration",
        "cancel", "subscriptions", "users", "sessions", "events", "reauthorize",
    };

    public static string Of(HttpRequestMessage request) => Of(request.RequestUri);

    public static string Of(Uri? uri)
    {
        if (uri is null)
        {
            return "(none)";
        }

        var builder = new StringBuilder();
        foreach (var segment in uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            builder.Append('/');
            var paren = segment.IndexOf('(', StringComparison.Ordinal);
            var head = paren < 0 ? segment : segment[..paren];
            builder.Append(Words.Contains(head) || head is "getByUserIdAndRole" ? head : "{id}");
            if (paren >= 0)
            {
                builder.Append("(…)");
            }
        }

        return builder.Length == 0 ? "/" : builder.ToString();
    }
}
