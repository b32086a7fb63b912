using System.Text.RegularExpressions;
using Vetting.Testing;

namespace VettingService.Tests.Deploy;

/// <summary>Paths of the deploy files and the few facts several tests compare them with.</summary>
internal static partial class DeployFiles
{
    public const string DataDirectory = "/var/lib/vetting";
    public const string ContainerUrls = "http://+:8080";
    public const int ContainerPort = 8080;

    public static string Path(string relative) => TestPaths.InRepository(System.IO.Path.Combine("deploy", relative));

    /// <summary>Every line of the Dockerfile with its continuation lines joined.</summary>
    public static IReadOnlyList<string> DockerfileInstructions() =>
        ContinuationRegex().Replace(File.ReadAllText(Path("Dockerfile")), " ")
            .Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToList();

    /// <summary>The argument of the Dockerfile instruction <paramref name="keyword"/> (each occurrence).</summary>
    public static IReadOnlyList<string> Instruction(string keyword) =>
        DockerfileInstructions()
            .Where(l => l.StartsWith(keyword + " ", StringComparison.Ordinal))
            .Select(l => l[(keyword.Length + 1)..].Trim())
            .ToList();

    /// <summary>The <c>KEY=VALUE</c> lines of an environment file.</summary>
    public static IReadOnlyDictionary<string, string> EnvironmentFile(string relative) =>
        File.ReadAllLines(Path(relative))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('=', 2))
            .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);

    [GeneratedRegex(@"\\\r?\n\s*")]
    private static partial Regex ContinuationRegex();
}
