namespace VettingService.Tests.Deploy;

/// <summary>The key checker the deploy tests rely on: it must refuse what the code would not read.</summary>
public sealed class ConfigurationKeysTests
{
    [Theory]
    [InlineData("Connectors__Zoom__Accounts__osce__ClientSecret", "<secret>")]
    [InlineData("Connectors__MicrosoftGraph__Tenants__un__Organizers__0", "x")]
    [InlineData("Vetting__Database__Provider", "postgres")]
    [InlineData("Vetting:Health:DefaultCadenceHours", "720")]
    [InlineData("VETTING_DATA_DIR", "/data")]
    public void Problem_SettingTheCodeReads_None(string name, string value)
    {
        Assert.Null(ConfigurationKeys.Problem(name, value));
    }

    [Theory]
    [InlineData("Connectors__Zoom__Accounts__osce__ClientSecrets", "x", "no setting 'ClientSecrets'")]
    [InlineData("Connectors__Zoom__Accounts__ClientSecret", "x", "names a section")]
    [InlineData("Connectors__MicrosoftGraph__Tenants__un__Organizers__first", "x", "no list index")]
    [InlineData("Vetting__Database__Provider", "Oracle", "is not a DatabaseProvider")]
    [InlineData("Vetting__Databse__Provider", "Postgres", "no options section")]
    [InlineData("Vetting__Database__Provider__Name", "Postgres", "goes below a value")]
    public void Problem_TypoOrWrongValue_Explained(string name, string value, string expected)
    {
        Assert.Contains(expected, ConfigurationKeys.Problem(name, value), StringComparison.Ordinal);
    }

    [Fact]
    public void All_OptionsOfServiceDataAndConnectors_Walked()
    {
        var keys = ConfigurationKeys.All().ToList();

        Assert.Contains("Vetting:Database:ConnectionString", keys);
        Assert.Contains("Connectors:Zoom:Accounts:<name>:Hosts:<n>", keys);
        Assert.Contains("Connectors:MicrosoftGraph:Tenants:<name>:ClientSecret", keys);
        Assert.Contains("Vetting:Health:DatabaseTimeoutSeconds", keys);
    }
}
