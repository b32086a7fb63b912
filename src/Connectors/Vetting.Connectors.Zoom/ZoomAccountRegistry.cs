using Microsoft.Extensions.Options;
using Vetting.Connectors.Zoom.Configuration;

namespace Vetting.Connectors.Zoom;

/// <summary>The configured accounts, built once from validated options; shared by handlers, client and webhooks.</summary>
internal sealed class ZoomAccountRegistry
{
    private readonly Dictionary<string, ZoomAccount> _accounts;

    public ZoomAccountRegistry(IOptions<ZoomConnectorOptions> options, TimeProvider time)
    {
        _accounts = options.Value.Accounts.ToDictionary(
            kv => kv.Key,
            kv => new ZoomAccount(kv.Key, kv.Value, time),
            StringComparer.OrdinalIgnoreCase);
        Names = [.. _accounts.Keys.Order(StringComparer.Ordinal)];
    }

    public IReadOnlyCollection<string> Names { get; }

    public bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ZoomAccount? account) =>
        _accounts.TryGetValue(name, out account);

    public ZoomAccount Get(string name) =>
        TryGet(name, out var account)
            ? account
            : throw new ArgumentException($"No Zoom account named '{name}' is configured (known: {string.Join(", ", Names)}).", nameof(name));
}
