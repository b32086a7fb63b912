using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Vetting.Core.Vetting;
using Vetting.Data.Context;
using Vetting.Data.Stores;

namespace Vetting.Data;

public static class VettingDataServiceCollectionExtensions
{
    /// <summary>
    /// Adds the vetting stores (every <c>Vetting.Core.Vetting</c> port) on the configured provider, <see cref="VettingDatabase"/>,
    /// and a hosted start-up step that migrates SQLite or checks a server database. The options are validated here:
    /// a bad configuration throws <see cref="OptionsValidationException"/> before the host starts.
    /// </summary>
    public static IServiceCollection AddVettingData(this IServiceCollection services, VettingDatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        foreach (var validator in new IValidateOptions<VettingDatabaseOptions>[] { new VettingDatabaseOptionsValidator(), new VettingDatabaseOptionsRules() })
        {
            var result = validator.Validate(Options.DefaultName, options);
            if (result.Failed)
            {
                failures.AddRange(result.Failures ?? [result.FailureMessage]);
            }
        }

        if (failures.Count > 0)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(VettingDatabaseOptions), failures);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(Options.Create(options));
        services.TryAddSingleton(sp => new VettingContextFactory(options, sp.GetService<ILoggerFactory>()));
        services.TryAddSingleton<VettingDb>();
        services.TryAddSingleton(sp => new VettingDatabase(sp.GetRequiredService<VettingContextFactory>(), sp.GetRequiredService<ILogger<VettingDatabase>>()));
        services.TryAddSingleton<IAccountStore, AccountStore>();
        services.TryAddSingleton<IEventStore, EventStore>();
        services.TryAddSingleton<IRegistrantStore, RegistrantStore>();
        services.TryAddSingleton<IScreeningStore, ScreeningStore>();
        services.TryAddSingleton<IDecisionStore, DecisionStore>();
        services.TryAddSingleton<IPlatformActionStore, PlatformActionStore>();
        services.TryAddSingleton<IClearanceStore, ClearanceStore>();
        services.TryAddSingleton<IReleaseStore, ReleaseStore>();
        services.TryAddSingleton<IFinalCheckStore, FinalCheckStore>();
        services.TryAddSingleton<IAuditLog, AuditLog>();
        services.TryAddSingleton<IVettingQueries, VettingQueries>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, DatabaseInitializer>());
        return services;
    }
}
