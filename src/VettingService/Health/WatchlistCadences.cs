using Microsoft.Extensions.Options;
using Vetting.Service.Cli.Lists;
using Vetting.Watchlists.Updating;

namespace Vetting.Service.Health;

/// <summary>
/// How often each list source is expected to change: <c>cadenceHours</c> of <c>watchlists/sources.json</c> (next to the
/// executable, as <c>vetting lists show</c> reads it), else <see cref="VettingHealthOptions.DefaultCadenceHours"/>.
/// The catalogue is read once, at the first check.
/// </summary>
internal sealed class WatchlistCadences
{
    private readonly IOptionsMonitor<VettingHealthOptions> _options;
    private readonly Lazy<IReadOnlyDictionary<string, int>> _catalog;

    public WatchlistCadences(IOptionsMonitor<VettingHealthOptions> options, ILogger<WatchlistCadences> logger)
        : this(options, () => Load(SourceCatalogLocator.Locate(), options.CurrentValue.DefaultCadenceHours, logger))
    {
    }

    internal WatchlistCadences(IOptionsMonitor<VettingHealthOptions> options, Func<IReadOnlyDictionary<string, int>> catalog)
    {
        _options = options;
        _catalog = new Lazy<IReadOnlyDictionary<string, int>>(() => new Dictionary<string, int>(catalog(), StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The source's expected cadence; <see cref="IsFromCatalog"/> says whether the catalogue named it.</summary>
    public TimeSpan For(string source) =>
        TimeSpan.FromHours(_catalog.Value.TryGetValue(source, out var hours) ? hours : _options.CurrentValue.DefaultCadenceHours);

    public bool IsFromCatalog(string source) => _catalog.Value.ContainsKey(source);

    internal static IReadOnlyDictionary<string, int> Load(string? path, int defaultHours, ILogger logger)
    {
        if (path is null)
        {
            HealthLog.CatalogMissing(logger, defaultHours);
            return new Dictionary<string, int>();
        }

        try
        {
            return WatchlistSourceCatalog.Load(path).Sources
                .ToDictionary(s => s.Source, s => s.CadenceHours, StringComparer.OrdinalIgnoreCase);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            HealthLog.CatalogUnreadable(logger, Path.GetFileName(path), e.GetType().Name, defaultHours);
            return new Dictionary<string, int>();
        }
    }
}
