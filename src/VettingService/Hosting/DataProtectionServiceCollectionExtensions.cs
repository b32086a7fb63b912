using Microsoft.AspNetCore.DataProtection;
using Vetting.Data;

namespace Vetting.Service.Hosting;

internal static class DataProtectionServiceCollectionExtensions
{
    /// <summary>One name for every instance, so the key ring is shared whatever folder an instance runs from.</summary>
    public const string ApplicationName = "Vetting";

    /// <summary>The key ring's folder under the data folder (the embedded default).</summary>
    public const string KeysFolder = "keys";

    /// <summary>
    /// Persists the data-protection keys that sign session cookies and anti-forgery tokens: in the data folder for the
    /// embedded SQLite default (a restart keeps everyone signed in), in the vetting database for PostgreSQL and SQL
    /// Server (every replica reads the cookies the others issued). Back the keys up with the database or data folder.
    /// </summary>
    public static IServiceCollection AddVettingDataProtection(this IServiceCollection services, VettingDatabaseOptions database, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(database);
        var builder = services.AddDataProtection().SetApplicationName(ApplicationName);
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            builder.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(database.DataDirectory ?? dataDirectory, KeysFolder)));
        }
        else
        {
            builder.PersistKeysToVettingDatabase();
        }

        return services;
    }
}
