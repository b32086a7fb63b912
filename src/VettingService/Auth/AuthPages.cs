using System.Text;
using System.Text.Encodings.Web;
using Vetting.Service.Web;

namespace Vetting.Service.Auth;

/// <summary>The sign-in and first-run pages: plain HTML forms with labels, every value encoded, an anti-forgery field.</summary>
internal static class AuthPages
{
    public static string Login(string antiforgeryField, string antiforgeryToken, string returnUrl, string? error) => Page(
        "Sign in",
        error,
        "/auth/login",
        antiforgeryField,
        antiforgeryToken,
        Hidden("returnUrl", returnUrl) + Field("userName", "User name", "text", "username") + Field("password", "Password", "password", "current-password"),
        "Sign in");

    public static string Setup(string antiforgeryField, string antiforgeryToken, string tokenFile, string? error) => Page(
        "Set up the first administrator",
        error,
        "/auth/setup",
        antiforgeryField,
        antiforgeryToken,
        $"<p>Enter the one-time token from <code>{Encode(tokenFile)}</code> on the server, and choose the administrator's name and password.</p>"
        + Field("token", "Setup token", "password", "off") + Field("userName", "Administrator user name", "text", "username")
        + Field("password", "Password", "password", "new-password"),
        "Create administrator");

    public static string Denied() =>
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Access denied</title>"
        + $"<link rel=\"stylesheet\" href=\"{SiteStylesheet.Path}\"></head>"
        + "<body><main>"
        + "<h1>Access denied</h1><p>Your role does not allow this page.</p><p><a href=\"/\">Back</a></p></main></body></html>";

    private static string Page(string title, string? error, string action, string antiforgeryField, string antiforgeryToken, string fields, string submit)
    {
        var html = new StringBuilder(1024);
        html.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">")
            .Append("<title>").Append(Encode(title)).Append(" · Vetting</title>")
            .Append("<link rel=\"stylesheet\" href=\"").Append(SiteStylesheet.Path).Append("\"></head>")
            .Append("<body><main><h1>").Append(Encode(title)).Append("</h1>");
        if (error is not null)
        {
            html.Append("<p role=\"alert\">").Append(Encode(error)).Append("</p>");
        }

        html.Append("<form method=\"post\" action=\"").Append(action).Append("\">")
            .Append(Hidden(antiforgeryField, antiforgeryToken))
            .Append(fields)
            .Append("<button type=\"submit\">").Append(Encode(submit)).Append("</button></form></main></body></html>");
        return html.ToString();
    }

    private static string Field(string name, string label, string type, string autocomplete) =>
        $"<p><label for=\"{name}\">{Encode(label)}</label><br><input id=\"{name}\" name=\"{name}\" type=\"{type}\" autocomplete=\"{autocomplete}\" required></p>";

    private static string Hidden(string name, string value) => $"<input type=\"hidden\" name=\"{Encode(name)}\" value=\"{Encode(value)}\">";

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);
}
