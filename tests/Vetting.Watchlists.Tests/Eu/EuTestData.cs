using Vetting.Testing;

namespace Vetting.Watchlists.Tests.Eu;

/// <summary>The hand-written EU FSF test files (see <c>TestData/eu/README.md</c>), read from the checkout.</summary>
internal static class EuTestData
{
    public static string Path(string name) => TestPaths.InRepository(System.IO.Path.Combine("tests", "Vetting.Watchlists.Tests", "TestData", "eu", name));
}
