using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Vetting.Data;

/// <summary>Rules across fields: which provider needs what, and that the connection string parses for its provider.</summary>
internal sealed class VettingDatabaseOptionsRules : IValidateOptions<VettingDatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, VettingDatabaseOptions options)
    {
        var failures = new List<string>();
        var hasConnectionString = !string.IsNullOrWhiteSpace(options.ConnectionString);
        if (options.Provider == DatabaseProvider.Sqlite && !hasConnectionString && string.IsNullOrWhiteSpace(options.DataDirectory))
        {
            failures.Add($"{VettingDatabaseOptions.SectionName}: Sqlite needs DataDirectory or ConnectionString.");
        }

        if (options.Provider != DatabaseProvider.Sqlite && !hasConnectionString)
        {
            failures.Add($"{VettingDatabaseOptions.SectionName}: {options.Provider} needs ConnectionString.");
        }

        if (hasConnectionString)
        {
            try
            {
                DbConnectionStringBuilder builder = options.Provider switch
                {
                    DatabaseProvider.Postgres => new NpgsqlConnectionStringBuilder(options.ConnectionString),
                    DatabaseProvider.SqlServer => new SqlConnectionStringBuilder(options.ConnectionString),
                    _ => new SqliteConnectionStringBuilder(options.ConnectionString),
                };
                _ = builder.Count;
            }
            catch (Exception e) when (e is ArgumentException or FormatException or KeyNotFoundException or InvalidOperationException)
            {
                // The message names the bad keyword, never the value: the string may hold a password.
                failures.Add($"{VettingDatabaseOptions.SectionName}: ConnectionString is not valid for {options.Provider} ({e.GetType().Name}).");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
