using System.CommandLine;
using Microsoft.Extensions.Options;
using Vetting.Data;

namespace Vetting.Service.Cli;

/// <summary>
/// <c>vetting migrate [--check]</c>: brings a PostgreSQL or SQL Server database to the current schema (the embedded SQLite
/// database migrates itself at start; the verb works on it too). Reads <c>Vetting:Database</c> from appsettings and the
/// environment (<c>Vetting__Database__Provider</c>, <c>Vetting__Database__ConnectionString</c>), like the service.
/// </summary>
internal static class MigrateCommand
{
    public static Command Build()
    {
        var check = new Option<bool>("--check") { Description = "Only list the pending migrations; exit code 1 when there are any." };
        var command = new Command("migrate", "Apply the database migrations (run before starting a new version against PostgreSQL or SQL Server).")
        {
            check,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var collection = new ServiceCollection().AddLogging();
            try
            {
                collection.AddVettingData(LoadOptions(parseResult));
            }
            catch (OptionsValidationException e)
            {
                error.WriteLine("error: " + e.Message);
                return 2;
            }

            await using var services = collection.BuildServiceProvider();
            var database = services.GetRequiredService<VettingDatabase>();
            try
            {
                var pending = await database.GetPendingMigrationsAsync(cancellationToken);
                output.WriteLine($"{database.Provider} database: {pending.Count} pending migration(s)");
                foreach (var name in pending)
                {
                    output.WriteLine("  " + name);
                }

                if (parseResult.GetValue(check))
                {
                    return pending.Count == 0 ? 0 : 1;
                }

                var applied = await database.MigrateAsync(cancellationToken);
                output.WriteLine(applied.Count == 0 ? "Nothing to do: the database is up to date." : $"Applied {applied.Count} migration(s).");
                return 0;
            }
            catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
            {
                // The provider's message names the server and the failure, never the password.
                error.WriteLine($"error: the {database.Provider} database could not be migrated: {e.Message}");
                return 2;
            }
        });
        return command;
    }

    private static VettingDatabaseOptions LoadOptions(ParseResult parseResult)
    {
        var environment = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT")
                          ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT")
                          ?? "Production";
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddJsonFile($"appsettings.{environment}.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        var options = new VettingDatabaseOptions();
        configuration.GetSection(VettingDatabaseOptions.SectionName).Bind(options);
        options.DataDirectory ??= CommonOptions.ResolveDataDirectory(parseResult);
        return options;
    }
}
