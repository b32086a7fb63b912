using System.Reflection;

namespace Vetting.Core.Tests.Architecture;

/// <summary>
/// The dependency rules of the style guide §3, checked on the compiled assemblies: Matching references nothing but
/// the runtime; Core only Matching and the Microsoft.Extensions abstractions; only the host references ASP.NET Core,
/// Hangfire and EF Core's providers; connectors, watchlists and data never reference each other.
/// </summary>
public sealed class DependencyRulesTests
{
    private static readonly string[] RuntimePrefixes = ["System", "mscorlib", "netstandard", "Microsoft.Win32"];

    [Fact]
    public void Matching_ReferencesOnlyTheRuntime()
    {
        var offending = References("Vetting.Matching").Where(r => !IsRuntime(r)).ToList();
        Assert.Empty(offending);
    }

    [Fact]
    public void Core_ReferencesOnlyMatchingAndAbstractions()
    {
        var allowed = new[]
        {
            "Vetting.Matching",
            "Microsoft.Extensions.DependencyInjection.Abstractions",
            "Microsoft.Extensions.Logging.Abstractions",
            "Microsoft.Extensions.Options",
            "Microsoft.Extensions.Primitives",
        };
        var offending = References("Vetting.Core").Where(r => !IsRuntime(r) && !allowed.Contains(r)).ToList();
        Assert.Empty(offending);
    }

    [Theory]
    [InlineData("Vetting.Matching")]
    [InlineData("Vetting.Core")]
    [InlineData("Vetting.Watchlists")]
    public void Libraries_DoNotReferenceAspNetCoreHangfireOrEfCore(string assembly)
    {
        var offending = References(assembly)
            .Where(r => r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)
                        || r.StartsWith("Hangfire", StringComparison.Ordinal)
                        || r.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal))
            .ToList();
        Assert.Empty(offending);
    }

    [Fact]
    public void Watchlists_DoesNotReferenceConnectorsOrData()
    {
        var offending = References("Vetting.Watchlists")
            .Where(r => r.StartsWith("Vetting.Connectors", StringComparison.Ordinal) || r == "Vetting.Data")
            .ToList();
        Assert.Empty(offending);
    }

    [Fact]
    public void ConnectorsAndData_ReferenceOnlyCoreAmongOurProjects()
    {
        var ours = new[] { "Vetting.Watchlists", "Vetting.Data", "VettingService", "vetting" };
        foreach (var assembly in OurAssemblies().Where(a => a.StartsWith("Vetting.Connectors", StringComparison.Ordinal) || a == "Vetting.Data"))
        {
            var offending = References(assembly)
                .Where(r => ours.Contains(r) || (r.StartsWith("Vetting.Connectors", StringComparison.Ordinal) && r != assembly))
                .ToList();
            Assert.True(offending.Count == 0, $"{assembly} references {string.Join(", ", offending)}");
        }
    }

    private static bool IsRuntime(string name) =>
        RuntimePrefixes.Any(p => name == p || name.StartsWith(p + ".", StringComparison.Ordinal));

    /// <summary>The Vetting assemblies built next to this test (the test project references the host, so all are here).</summary>
    private static IEnumerable<string> OurAssemblies() =>
        Directory.EnumerateFiles(AppContext.BaseDirectory, "Vetting.*.dll")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Where(n => !n.EndsWith(".Tests", StringComparison.Ordinal) && n != "Vetting.Testing");

    private static List<string> References(string assemblyName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, assemblyName + ".dll");
        Assert.True(File.Exists(path), $"{assemblyName}.dll not found next to the tests");
        return Assembly.LoadFrom(path).GetReferencedAssemblies().Select(r => r.Name).OfType<string>().ToList();
    }
}
