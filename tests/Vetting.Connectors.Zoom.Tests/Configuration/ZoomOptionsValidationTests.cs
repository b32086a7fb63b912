using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Vetting.Connectors.Zoom.Configuration;
using Vetting.Core.Platforms;

namespace Vetting.Connectors.Zoom.Tests.Configuration;

public sealed class ZoomOptionsValidationTests
{
    private const string Prefix = "Connectors:Zoom:Accounts:osce:";

    private static Dictionary<string, string?> Valid() => new()
    {
        [Prefix + "AccountId"] = "AcCt123",
        [Prefix + "ClientId"] = "myClientId",
        [Prefix + "ClientSecret"] = "myClientSecret",
        [Prefix + "WebhookSecretToken"] = "wh_s3cret_T0ken",
        [Prefix + "Plan"] = "Pro",
    };

    private static ServiceProvider Build(IDictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddLogging()
            .AddZoomConnector(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();

    private static void ValidateOnStart(ServiceProvider services) => services.GetRequiredService<IStartupValidator>().Validate();

    /// <summary>The start-up check fails with the connector's own validation error among the inner exceptions.</summary>
    private static OptionsValidationException ValidationError(ServiceProvider services)
    {
        var error = Assert.Throws<AggregateException>(() => ValidateOnStart(services));
        return error.InnerExceptions.OfType<OptionsValidationException>().First(e => e.OptionsType == typeof(ZoomConnectorOptions));
    }

    [Fact]
    public void Validate_CompleteAccount_BindsWithZoomDefaults()
    {
        using var services = Build(Valid());
        ValidateOnStart(services);

        var options = services.GetRequiredService<IOptions<ZoomConnectorOptions>>().Value;
        var account = options.Accounts["osce"];
        Assert.Equal(ZoomPlan.Pro, account.Plan);
        Assert.Equal("https://zoom.us", account.OAuthBaseUrl);
        Assert.Equal("https://api.zoom.us/v2", account.ApiBaseUrl);
        Assert.Empty(account.Hosts);
        Assert.Equal(["osce"], services.GetRequiredService<IEventPlatform>().Accounts);
    }

    [Fact]
    public void Validate_MissingSecretsAndPlan_NamesEachSettingByItsPath()
    {
        var settings = Valid();
        settings.Remove(Prefix + "ClientSecret");
        settings.Remove(Prefix + "WebhookSecretToken");
        settings.Remove(Prefix + "Plan");
        using var services = Build(settings);

        var error = ValidationError(services);

        Assert.Contains("Connectors:Zoom:Accounts:osce.ClientSecret is required", error.Message, StringComparison.Ordinal);
        Assert.Contains("Connectors:Zoom:Accounts:osce.WebhookSecretToken is required", error.Message, StringComparison.Ordinal);
        Assert.Contains("Connectors:Zoom:Accounts:osce.Plan is required: Free, Pro or Business", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://api.zoom.us/v2", "must use https")]
    [InlineData("not a url", "must be an absolute https URL")]
    [InlineData("https://api.zoom.us/v2?x=1", "must not have a query")]
    public void Validate_BadApiBaseUrl_IsRefusedWithReason(string url, string expected)
    {
        var settings = Valid();
        settings[Prefix + "ApiBaseUrl"] = url;
        using var services = Build(settings);

        var error = ValidationError(services);

        Assert.Contains("Connectors:Zoom:Accounts:osce:ApiBaseUrl " + expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PlainHttpOnLoopback_IsAllowedForTestServers()
    {
        var settings = Valid();
        settings[Prefix + "ApiBaseUrl"] = "http://127.0.0.1:5099/v2";
        settings[Prefix + "OAuthBaseUrl"] = "http://127.0.0.1:5099";
        using var services = Build(settings);

        ValidateOnStart(services);

        Assert.Equal("http://127.0.0.1:5099/v2", services.GetRequiredService<IOptions<ZoomConnectorOptions>>().Value.Accounts["osce"].ApiBaseUrl);
    }

    [Fact]
    public void Validate_AttemptTimeoutNotAboveThrottleWait_IsRefused()
    {
        var settings = Valid();
        settings["Connectors:Zoom:MaxThrottleWait"] = "00:00:20";
        settings["Connectors:Zoom:AttemptTimeout"] = "00:00:20";
        using var services = Build(settings);

        var error = ValidationError(services);

        Assert.Contains("AttemptTimeout (00:00:20) must be longer than MaxThrottleWait", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EmptyHostEntry_IsRefused()
    {
        var settings = Valid();
        settings[Prefix + "Hosts:0"] = "host@example.org";
        settings[Prefix + "Hosts:1"] = " ";
        using var services = Build(settings);

        var error = ValidationError(services);

        Assert.Contains("Connectors:Zoom:Accounts:osce:Hosts:1 is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_EnvironmentVariables_UseTheDocumentedNames()
    {
        var prefix = "VETTING_ZOOM_TEST_" + Guid.NewGuid().ToString("N")[..8] + "_";
        var names = new Dictionary<string, string>
        {
            ["Connectors__Zoom__Accounts__osce__AccountId"] = "AcCt123",
            ["Connectors__Zoom__Accounts__osce__ClientId"] = "envClient",
            ["Connectors__Zoom__Accounts__osce__ClientSecret"] = "envSecret",
            ["Connectors__Zoom__Accounts__osce__WebhookSecretToken"] = "envWebhook",
            ["Connectors__Zoom__Accounts__osce__Plan"] = "Business",
            ["Connectors__Zoom__Accounts__osce__Hosts__0"] = "host@example.org",
        };
        foreach (var (name, value) in names)
        {
            Environment.SetEnvironmentVariable(prefix + name, value);
        }

        try
        {
            using var services = new ServiceCollection().AddLogging()
                .AddZoomConnector(new ConfigurationBuilder().AddEnvironmentVariables(prefix).Build())
                .BuildServiceProvider();
            ValidateOnStart(services);

            var account = services.GetRequiredService<IOptions<ZoomConnectorOptions>>().Value.Accounts["osce"];
            Assert.Equal("envClient", account.ClientId);
            Assert.Equal(ZoomPlan.Business, account.Plan);
            Assert.Equal(["host@example.org"], account.Hosts);
        }
        finally
        {
            foreach (var name in names.Keys)
            {
                Environment.SetEnvironmentVariable(prefix + name, null);
            }
        }
    }

    [Fact]
    public void Validate_BadAccountName_IsRefused()
    {
        var settings = new Dictionary<string, string?>();
        foreach (var (key, value) in Valid())
        {
            settings[key.Replace(":osce:", ":os ce!:", StringComparison.Ordinal)] = value;
        }

        using var services = Build(settings);

        var error = ValidationError(services);

        Assert.Contains("account names may use only letters, digits", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dispose_SynchronouslyAfterWebhookUse_DoesNotThrow()
    {
        var services = Build(Valid());
        var receiver = services.GetRequiredService<Vetting.Connectors.Zoom.Webhooks.ZoomWebhookReceiver>();

        var response = receiver.Receive("osce", "{}"u8.ToArray(), "v0=00", "1");
        var error = Record.Exception(services.Dispose);

        Assert.Equal(401, response.StatusCode);
        Assert.Null(error);
    }
}
