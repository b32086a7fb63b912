using Hangfire;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Vetting.Core.Platforms;
using Vetting.Data;
using Vetting.Service.Cli.Lists;

namespace Vetting.Service.Jobs;

internal static class JobsServiceCollectionExtensions
{
    /// <summary>
    /// Adds Hangfire with storage on the vetting database's provider, a Hangfire server when <c>Vetting:Jobs:Server</c> is on,
    /// the job classes, and the <see cref="IRegistrationEventSink"/> that turns webhooks into pull jobs. Options from
    /// <c>Vetting:Jobs</c>, validated at start.
    /// </summary>
    public static IServiceCollection AddVettingJobs(this IServiceCollection services, IConfiguration configuration, VettingDatabaseOptions database)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<JobsOptions>().Bind(configuration.GetSection(JobsOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<JobsOptions>, JobsOptionsAttributesValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<JobsOptions>, JobsOptionsRules>());
        var jobs = new JobsOptions();
        configuration.GetSection(JobsOptions.SectionName).Bind(jobs);

        // This host's own storage and activator (Hangfire's globals would be shared by two hosts in one process).
        services.TryAddSingleton(_ => HangfireStorageSetup.Create(database, jobs.PollInterval));
        services.TryAddSingleton<JobActivator>(sp => new Hangfire.AspNetCore.AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((sp, config) => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(new HangfireLogProvider(sp.GetRequiredService<ILoggerFactory>()))
            .UseStorage(sp.GetRequiredService<JobStorage>()));
        if (jobs.Server)
        {
            services.AddHangfireServer(server =>
            {
                server.WorkerCount = jobs.WorkerCount;
                server.SchedulePollingInterval = jobs.PollInterval;
                server.ServerName = $"vetting-{Environment.MachineName}-{Environment.ProcessId}";
            });
        }

        if (SourceCatalogLocator.TryLoad() is { } catalog)
        {
            services.TryAddSingleton(catalog);
        }

        services.TryAddSingleton<JobAccounts>();
        services.TryAddSingleton<ThrottleRescheduler>();
        services.TryAddSingleton<AccountJobRunner>();
        services.TryAddSingleton<RecurringJobsRegistrar>();
        services.TryAddTransient<DiscoveryJob>();
        services.TryAddTransient<PullJob>();
        services.TryAddTransient<EnforcementJob>();
        services.TryAddTransient<FinalCheckJob>();
        services.TryAddTransient<RescreenJob>();
        services.TryAddTransient<RetentionJob>();
        services.TryAddTransient<WatchlistRefreshJob>();
        services.TryAddTransient<NotificationJob>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IRegistrationEventSink, HangfireRegistrationSink>());
        return services;
    }
}
