using Microsoft.Extensions.Options;

namespace Vetting.Service.Auth;

/// <summary>At start with local accounts and no administrator yet: issues the one-time setup token and says where it is.</summary>
internal sealed class FirstRunSetup(IOptions<VettingAuthOptions> options, LocalAccountStore accounts, SetupToken token, ILogger<FirstRunSetup> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Mode == AuthMode.Local && !accounts.HasAdmin())
        {
            AuthLog.SetupTokenIssued(logger, token.EnsureIssued());
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
