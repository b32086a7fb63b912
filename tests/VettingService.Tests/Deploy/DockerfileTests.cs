using System.Xml.Linq;
using Vetting.Service.Health;
using Vetting.Testing;

namespace VettingService.Tests.Deploy;

/// <summary>The image build file against the code: project, assembly, data folder, port, health path, framework.</summary>
public sealed class DockerfileTests
{
    [Fact]
    public void Entrypoint_PublishedAssembly_IsTheServiceProjectsAssemblyName()
    {
        var project = XDocument.Load(TestPaths.InRepository("src/VettingService/VettingService.csproj"));
        var assemblyName = project.Descendants("AssemblyName").Single().Value;

        Assert.Equal($"[\"dotnet\", \"/app/{assemblyName}.dll\"]", Assert.Single(DeployFiles.Instruction("ENTRYPOINT")));
        Assert.Contains(DeployFiles.Instruction("RUN"), r => r.Contains("dotnet publish src/VettingService/VettingService.csproj", StringComparison.Ordinal));
        Assert.Contains(DeployFiles.Instruction("RUN"), r => r.Contains("--locked-mode", StringComparison.Ordinal));
    }

    [Fact]
    public void Copy_Sources_ExistInTheRepositoryAndAreNotIgnored()
    {
        var ignored = File.ReadAllLines(DeployFiles.Path("Dockerfile.dockerignore"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.TrimEnd('/'))
            .ToList();
        var sources = DeployFiles.Instruction("COPY")
            .Where(c => !c.StartsWith("--from", StringComparison.Ordinal))
            .SelectMany(c => c.Split(' ', StringSplitOptions.RemoveEmptyEntries)[..^1])
            .ToList();

        Assert.Contains("src/", sources);
        Assert.Contains("watchlists/", sources);
        Assert.All(sources, s => Assert.True(File.Exists(TestPaths.InRepository(s)) || Directory.Exists(TestPaths.InRepository(s)), s));
        Assert.All(sources, s => Assert.DoesNotContain(s.TrimEnd('/'), ignored));
    }

    [Fact]
    public void FinalStage_RunsAsTheImagesNonRootUserWithTheDataVolume()
    {
        Assert.Equal("$APP_UID", Assert.Single(DeployFiles.Instruction("USER")));
        Assert.Equal(DeployFiles.DataDirectory, Assert.Single(DeployFiles.Instruction("VOLUME")));
        var environment = string.Join(' ', DeployFiles.Instruction("ENV"));
        Assert.Contains($"VETTING_DATA_DIR={DeployFiles.DataDirectory}", environment, StringComparison.Ordinal);
        Assert.Contains("\"VETTING_DATA_DIR\"", File.ReadAllText(TestPaths.InRepository("src/VettingService/Cli/CommonOptions.cs")), StringComparison.Ordinal);
    }

    [Fact]
    public void Listening_CommandPortExposedAndHealthChecked()
    {
        Assert.Equal($"[\"--urls\", \"{DeployFiles.ContainerUrls}\"]", Assert.Single(DeployFiles.Instruction("CMD")));
        Assert.Equal(DeployFiles.ContainerPort.ToString(System.Globalization.CultureInfo.InvariantCulture), Assert.Single(DeployFiles.Instruction("EXPOSE")));
        Assert.Contains($"http://127.0.0.1:{DeployFiles.ContainerPort}{HealthEndpoints.LivePath}", Assert.Single(DeployFiles.Instruction("HEALTHCHECK")), StringComparison.Ordinal);
    }

    [Fact]
    public void BuildArgument_DotnetVersion_MatchesTheTargetFramework()
    {
        var props = XDocument.Load(TestPaths.InRepository("Directory.Build.props"));
        var framework = props.Descendants("TargetFramework").Single().Value;

        Assert.StartsWith("net", framework, StringComparison.Ordinal);
        Assert.Contains("DOTNET_VERSION=" + framework["net".Length..], DeployFiles.Instruction("ARG"));
        Assert.Equal(2, DeployFiles.Instruction("FROM").Count(f => f.Contains(":${DOTNET_VERSION}", StringComparison.Ordinal)));
    }
}
