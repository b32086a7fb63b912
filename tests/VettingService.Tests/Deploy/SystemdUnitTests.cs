using Vetting.Testing;

namespace VettingService.Tests.Deploy;

/// <summary>The systemd unit and its environment file template.</summary>
public sealed class SystemdUnitTests
{
    private static List<(string Key, string Value)> Unit() =>
        File.ReadAllLines(DeployFiles.Path("systemd/vetting.service"))
            .Where(l => l.Contains('=', StringComparison.Ordinal) && !l.StartsWith('#'))
            .Select(l => l.Split('=', 2))
            .Select(p => (p[0], p[1]))
            .ToList();

    private static string Single(string key) => Assert.Single(Unit(), e => e.Key == key).Value;

    [Fact]
    public void Service_RunsThePublishedAssemblyAsItsOwnUserWithTheStateDirectoryAsDataFolder()
    {
        var assemblyName = System.Xml.Linq.XDocument.Load(TestPaths.InRepository("src/VettingService/VettingService.csproj"))
            .Descendants("AssemblyName").Single().Value;

        Assert.StartsWith($"/usr/bin/dotnet /opt/vetting/{assemblyName}.dll --urls http://127.0.0.1:", Single("ExecStart"), StringComparison.Ordinal);
        Assert.NotEqual("root", Single("User"));
        Assert.Equal("vetting", Single("StateDirectory"));
        Assert.Contains("VETTING_DATA_DIR=/var/lib/" + Single("StateDirectory"), Unit().Where(e => e.Key == "Environment").Select(e => e.Value));
        Assert.Equal("/etc/vetting/vetting.env", Single("EnvironmentFile"));
        Assert.Equal("strict", Single("ProtectSystem"));
    }

    [Fact]
    public void EnvironmentTemplate_EveryVariable_IsASettingTheCodeReadsWithSecretsAsPlaceholders()
    {
        var template = DeployFiles.EnvironmentFile("systemd/vetting.env.example");

        Assert.Empty(template.Select(e => ConfigurationKeys.Problem(e.Key, e.Value)).OfType<string>());
        var secrets = template.Where(e => e.Key.EndsWith("Secret", StringComparison.Ordinal) || e.Key.EndsWith("SecretToken", StringComparison.Ordinal) ||
                                          e.Key.EndsWith("Password", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(secrets);
        Assert.All(secrets, s => Assert.Matches("^<[^<>]+>$", s.Value));
        Assert.Contains("Password=<", template["Vetting__Database__ConnectionString"], StringComparison.Ordinal);
    }
}
