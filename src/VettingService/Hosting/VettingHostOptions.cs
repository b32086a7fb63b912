namespace Vetting.Service.Hosting;

/// <summary>How to build one service host: the command line's choices, or a test's.</summary>
internal sealed class VettingHostOptions
{
    /// <summary>The data folder (embedded databases, watchlist versions, file-import status files).</summary>
    public required string DataDirectory { get; init; }

    /// <summary>Addresses to listen on; null: <c>Urls</c> from configuration, else <c>http://localhost:5080</c>. Port 0 picks a free port.</summary>
    public string? Urls { get; init; }

    /// <summary>Settings laid over appsettings and the environment (tests: fakes' base URLs, intervals).</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>The hosting environment name; null: from the environment variables (Production by default).</summary>
    public string? EnvironmentName { get; init; }
}
