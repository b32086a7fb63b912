using Microsoft.Data.Sqlite;

namespace Vetting.Data.Tests.Support;

/// <summary>A SQLite file in a temporary folder (the data folder of the embedded default).</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "vetting-data-tests-" + Guid.NewGuid().ToString("N"));

    protected override Task<VettingDatabaseOptions> CreateAsync(string name) =>
        Task.FromResult(new VettingDatabaseOptions { Provider = DatabaseProvider.Sqlite, DataDirectory = Path.Combine(_root, name) });

    protected override Task DropAsync(string name)
    {
        SqliteConnection.ClearAllPools();
        var folder = Path.Combine(_root, name);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        return Task.CompletedTask;
    }
}
