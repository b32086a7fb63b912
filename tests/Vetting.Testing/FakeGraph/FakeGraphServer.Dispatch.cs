using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Vetting.Testing.FakeGraph;

/// <summary>The request pipeline: token endpoint (TLS only), faults, bearer check, then the Graph routes.</summary>
public sealed partial class FakeGraphServer
{
    private readonly Dictionary<string, (FakeGraphTenant Tenant, DateTimeOffset Expires)> _tokens = new(StringComparer.Ordinal);

    /// <summary>Tokens issued so far.</summary>
    public int TokensIssued { get; private set; }

    private async Task<string?> DispatchAsync(HttpContext context)
    {
        var method = context.Request.Method;
        var path = context.Request.Path.Value ?? "/";
        if (context.Request.IsHttps)
        {
            await HandleEntraAsync(context, path);
            return null;
        }

        if (TakeFault(method, path) is { } fault)
        {
            await WriteFaultAsync(context, fault);
            return null;
        }

        var tenant = Authenticate(context.Request);
        if (tenant is null)
        {
            await WriteErrorAsync(context, 401, "InvalidAuthenticationToken", "Access token is empty or invalid.");
            return null;
        }

        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0 || segments[0] != "v1.0")
        {
            await WriteErrorAsync(context, 400, "BadRequest", "Invalid version: the path must start with /v1.0.");
            return tenant.TenantId;
        }

        await RouteAsync(context, tenant, method, segments[1..]);
        return tenant.TenantId;
    }

    private Task RouteAsync(HttpContext context, FakeGraphTenant tenant, string method, string[] s) => (method, s) switch
    {
        ("GET", ["users", var user]) => GetUserAsync(context, tenant, user),
        ("GET", ["solutions", "virtualEvents", "webinars" or "townhalls", var function]) when function.StartsWith("getByUserIdAndRole(", StringComparison.Ordinal)
            => ListOrganizedAsync(context, tenant, s[2], function),
        ("GET", ["solutions", "virtualEvents", "webinars" or "townhalls", var id, "registrationConfiguration"]) => GetConfigurationAsync(context, tenant, s[2], id),
        ("GET", ["solutions", "virtualEvents", "webinars" or "townhalls", var id, "registrations"]) => ListRegistrationsAsync(context, tenant, s[2], id),
        ("GET", ["solutions", "virtualEvents", "webinars" or "townhalls", var id, "registrations", var reg]) => GetRegistrationAsync(context, tenant, s[2], id, reg),
        ("POST", ["solutions", "virtualEvents", "webinars" or "townhalls", var id, "registrations", var reg, "cancel"]) => CancelAsync(context, tenant, s[2], id, reg),
        ("POST", ["subscriptions"]) => CreateSubscriptionAsync(context, tenant),
        ("GET", ["subscriptions"]) => ListSubscriptionsAsync(context, tenant),
        ("PATCH", ["subscriptions", var id]) => RenewSubscriptionAsync(context, tenant, id),
        ("DELETE", ["subscriptions", var id]) => DeleteSubscriptionAsync(context, tenant, id),
        _ => WriteErrorAsync(context, 400, "BadRequest", "Resource not found for the segment in the fake."),
    };

    private FakeGraphTenant? Authenticate(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return null;
        }

        lock (_gate)
        {
            return _tokens.TryGetValue(header[7..], out var entry) && entry.Expires > Clock.GetUtcNow() ? entry.Tenant : null;
        }
    }

    private FakeGraphFault? TakeFault(string method, string path)
    {
        lock (_gate)
        {
            foreach (var slot in _faults)
            {
                if (slot.Remaining <= 0 || !Matches(slot.Fault.Route, method, path))
                {
                    continue;
                }

                if (slot.ToSkip > 0)
                {
                    slot.ToSkip--;
                    continue;
                }

                slot.Remaining--;
                return slot.Fault;
            }

            return null;
        }
    }

    private static bool Matches(string route, string method, string path)
    {
        if (route == "*")
        {
            return true;
        }

        var space = route.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0 || !string.Equals(route[..space], method, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var expected = route[(space + 1)..].Split('/');
        var actual = path.Split('/');
        return expected.Length == actual.Length
            && expected.Zip(actual).All(p => p.First == "*" || string.Equals(p.First, p.Second, StringComparison.OrdinalIgnoreCase));
    }

    private async Task WriteFaultAsync(HttpContext context, FakeGraphFault fault)
    {
        if (fault.RetryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }
        else if (fault.RetryAfterDateIn is { } later)
        {
            context.Response.Headers.RetryAfter = (Clock.GetUtcNow() + later).ToString("R", CultureInfo.InvariantCulture);
        }

        if (fault.RawBody is { } raw)
        {
            context.Response.StatusCode = fault.Status;
            context.Response.ContentType = fault.ContentType;
            await context.Response.WriteAsync(raw, context.RequestAborted);
            return;
        }

        await WriteErrorAsync(context, fault.Status, fault.Code, "Injected fault.");
    }

    private Task WriteErrorAsync(HttpContext context, int status, string code, string message)
    {
        context.Response.StatusCode = status;
        var body = new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["code"] = code,
                ["message"] = message,
                ["innerError"] = new JsonObject
                {
                    ["date"] = Clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
                    ["request-id"] = Guid.NewGuid().ToString(),
                    ["client-request-id"] = context.Request.Headers["client-request-id"].FirstOrDefault(),
                },
            },
        };
        return WriteJsonAsync(context, body, status);
    }

    private static async Task WriteJsonAsync(HttpContext context, JsonNode body, int status = 200)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        context.Response.Headers["request-id"] = Guid.NewGuid().ToString();
        await context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted);
    }
}
