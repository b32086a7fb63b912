using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Vetting.Connectors.Graph.Configuration;
using Vetting.Connectors.Graph.Tests.Support;

namespace Vetting.Connectors.Graph.Tests.Configuration;

public sealed class GraphOptionsValidationTests
{
    private const string Prefix = "Connectors:MicrosoftGraph:Tenants:osce:";

    private static Dictionary<string, string?> Valid() => new()
    {
        [Prefix + "TenantId"] = GraphScenarios.TenantId,
        [Prefix + "ClientId"] = GraphScenarios.ClientId,
        [Prefix + "ClientSecret"] = GraphScenarios.Secret,
        [Prefix + "Organizers:0"] = GraphScenarios.OlgaUpn,
    };

    private static (GraphConnectorOptions Options, ValidateOptionsResult Result) Validate(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddGraphConnector(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptionsMonitor<GraphConnectorOptions>>();
        try
        {
            return (options.CurrentValue, ValidateOptionsResult.Success);
        }
        catch (OptionsValidationException ex)
        {
            return (new GraphConnectorOptions(), ValidateOptionsResult.Fail(ex.Failures));
        }
    }

    private static string Failure(Dictionary<string, string?> settings) =>
        Validate(settings).Result.FailureMessage ?? throw new Xunit.Sdk.XunitException("expected a validation failure");

    [Fact]
    public void Bind_MinimalTenant_ValidWithDefaults()
    {
        var (options, result) = Validate(Valid());

        Assert.True(result.Succeeded);
        var tenant = options.Tenants["osce"];
        Assert.Equal(("https://graph.microsoft.com/v1.0", "https://login.microsoftonline.com/", null), (tenant.GraphBaseUrl, tenant.AuthorityHost, tenant.NotificationUrl));
        Assert.Equal([GraphScenarios.OlgaUpn], tenant.Organizers);
    }

    [Theory]
    [InlineData("ClientSecret", null, "ClientSecret or CertificatePath is required")]
    [InlineData("CertificatePath", "/no/such/cert.pfx", "set ClientSecret or CertificatePath, not both")]
    [InlineData("TenantId", "not a tenant", "TenantId must be the directory id")]
    [InlineData("ClientId", "my-app", "ClientId must be the application (client) id")]
    [InlineData("GraphBaseUrl", "https://graph.microsoft.com", "must end with /v1.0")]
    [InlineData("GraphBaseUrl", "http://graph.example.org/v1.0", "plain http is allowed only for a loopback")]
    [InlineData("AuthorityHost", "http://127.0.0.1:5000/", "Azure.Identity refuses a token authority without TLS")]
    [InlineData("NotificationUrl", "https://hooks.example.org/graph?x=1", "must not have a query")]
    [InlineData("Organizers:0", "o'brien@contoso.example", "Organizers:0 must be an object id")]
    public void Validate_BadTenantSetting_FailsAtStartNamingThePath(string key, string? value, string expected)
    {
        var settings = Valid();
        settings[Prefix + key] = value;

        var failure = Failure(settings);

        Assert.Contains(expected, failure, StringComparison.Ordinal);
        Assert.DoesNotContain(GraphScenarios.Secret, failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_CertificateFileMissing_Fails()
    {
        var settings = Valid();
        settings.Remove(Prefix + "ClientSecret");
        settings[Prefix + "CertificatePath"] = "/no/such/cert.pfx";

        Assert.Contains("CertificatePath names no readable file", Failure(settings), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoOrganizers_Fails()
    {
        var settings = Valid();
        settings.Remove(Prefix + "Organizers:0");

        Assert.Contains("Organizers is empty", Failure(settings), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AttemptTimeoutShorterThanThrottleWaits_Fails()
    {
        var settings = Valid();
        settings["Connectors:MicrosoftGraph:AttemptTimeout"] = "00:00:20";
        settings["Connectors:MicrosoftGraph:MaxRetries"] = "3";

        Assert.Contains("AttemptTimeout (00:00:20) must be longer than MaxRetries × MaxThrottleWait", Failure(settings), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MaxRetriesAboveSdkLimit_Fails()
    {
        var settings = Valid();
        settings["Connectors:MicrosoftGraph:MaxRetries"] = "11";

        Assert.Contains("MaxRetries must be between 0 and 10", Failure(settings), StringComparison.Ordinal);
    }
}
