using Vetting.Core.Platforms;
using Vetting.Core.Vetting;

namespace Vetting.Service.Jobs;

/// <summary>Resolves a job's (platform, account) arguments to the stored account.</summary>
internal sealed class JobAccounts(IAccountStore accounts)
{
    /// <summary>The stored, enabled account; null when it is unknown (not discovered yet) or disabled.</summary>
    public async Task<ConnectedAccount?> FindEnabledAsync(string platform, string account, CancellationToken cancellationToken)
    {
        var kind = Parse(platform);
        var stored = await accounts.FindAccountAsync(kind, account, cancellationToken);
        return stored is { Enabled: true } ? stored : null;
    }

    public static PlatformKind Parse(string platform) =>
        Enum.TryParse<PlatformKind>(platform, ignoreCase: false, out var kind) && Enum.IsDefined(kind)
            ? kind
            : throw new ArgumentException($"unknown platform '{platform}' in a job's arguments", nameof(platform));
}
