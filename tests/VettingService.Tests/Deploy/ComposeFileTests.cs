using Vetting.Data;
using Vetting.Service.Health;

namespace VettingService.Tests.Deploy;

/// <summary>Both compose files: database, one-shot migration before the service, data volume, settings the code reads.</summary>
public sealed class ComposeFileTests
{
    public static TheoryData<string, string, string, string> Files => new()
    {
        { "compose.yaml", "postgres", "postgres:15", nameof(DatabaseProvider.Postgres) },
        { "compose.sqlserver.yaml", "sqlserver", "mcr.microsoft.com/mssql/server:2022", nameof(DatabaseProvider.SqlServer) },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Database_ServerImageWithVolumeAndHealthCheck(string file, string database, string image, string provider)
    {
        var compose = Yaml.Load(DeployFiles.Path(file));

        Assert.StartsWith(image, compose.Text("services", database, "image"), StringComparison.Ordinal);
        var volume = Assert.Single(compose.Texts("services", database, "volumes")).Split(':')[0];
        Assert.True(compose.Map("volumes").ContainsKey(volume));
        Assert.NotEmpty(compose.List("services", database, "healthcheck", "test"));
        Assert.Equal(provider, compose.Text("services", "vetting", "environment", "Vetting__Database__Provider"));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Migrate_OneShotVerbAfterTheDatabaseAndBeforeTheService(string file, string database, string image, string provider)
    {
        _ = (image, provider);
        var compose = Yaml.Load(DeployFiles.Path(file));

        Assert.Equal(["migrate"], compose.Texts("services", "migrate", "command"));
        Assert.Equal("no", compose.Text("services", "migrate", "restart"));
        Assert.Equal("service_healthy", compose.Text("services", "migrate", "depends_on", database, "condition"));
        Assert.Equal("service_completed_successfully", compose.Text("services", "vetting", "depends_on", "migrate", "condition"));
        Assert.Equal(compose.Text("services", "vetting", "image"), compose.Text("services", "migrate", "image"));
        Assert.Equal(
            compose.Strings("services", "vetting", "environment").OrderBy(e => e.Key),
            compose.Strings("services", "migrate", "environment").OrderBy(e => e.Key));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Service_BuildsTheImageAndMountsTheDataFolder(string file, string database, string image, string provider)
    {
        _ = (database, image, provider);
        var compose = Yaml.Load(DeployFiles.Path(file));
        var service = compose.Map("services", "vetting");

        Assert.Equal("deploy/Dockerfile", service.Text("build", "dockerfile"));
        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(DeployFiles.Path(file))!, service.Text("build", "context"), "deploy", "Dockerfile")));
        Assert.Equal(["--urls", DeployFiles.ContainerUrls], service.Texts("command"));
        Assert.Equal(DeployFiles.DataDirectory, service.Text("environment", "VETTING_DATA_DIR"));
        var volume = Assert.Single(service.Texts("volumes")).Split(':');
        Assert.Equal(DeployFiles.DataDirectory, volume[1]);
        Assert.True(compose.Map("volumes").ContainsKey(volume[0]));
        Assert.Contains($"http://127.0.0.1:{DeployFiles.ContainerPort}{HealthEndpoints.ReadyPath}", service.Texts("healthcheck", "test"));
        Assert.EndsWith($":{DeployFiles.ContainerPort}", Assert.Single(service.Texts("ports")), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Environment_EveryVariable_IsASettingTheCodeReads(string file, string database, string image, string provider)
    {
        _ = (database, image, provider);
        var environment = Yaml.Load(DeployFiles.Path(file)).Strings("services", "vetting", "environment");

        Assert.Empty(environment.Select(e => ConfigurationKeys.Problem(e.Key, e.Value)).OfType<string>());
        Assert.Contains("${", environment["Vetting__Database__ConnectionString"], StringComparison.Ordinal); // the password is interpolated, not written
    }
}
