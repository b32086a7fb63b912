namespace Vetting.Data;

/// <summary>The database Vetting keeps its records in.</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded file under the data folder (the default): migrates itself at start.</summary>
    Sqlite,

    /// <summary>A shared PostgreSQL server: migrated by <c>vetting migrate</c>.</summary>
    Postgres,

    /// <summary>A shared SQL Server: migrated by <c>vetting migrate</c>.</summary>
    SqlServer,
}
