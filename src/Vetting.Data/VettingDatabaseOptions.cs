using System.ComponentModel.DataAnnotations;

namespace Vetting.Data;

/// <summary>Where the vetting records live. Bound from <see cref="SectionName"/>; the connection string comes from a secret.</summary>
public sealed class VettingDatabaseOptions
{
    public const string SectionName = "Vetting:Database";

    /// <summary>File name of the embedded database inside <see cref="DataDirectory"/>.</summary>
    public const string SqliteFileName = "vetting.db";

    /// <summary>Sqlite (default), Postgres or SqlServer.</summary>
    [EnumDataType(typeof(DatabaseProvider))]
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// Required for Postgres and SqlServer. For Sqlite optional: without it the database is
    /// <c>{DataDirectory}/vetting.db</c>. Keep it out of appsettings files (it holds a password).
    /// </summary>
    [MaxLength(4096)]
    public string? ConnectionString { get; set; }

    /// <summary>The service's data folder (the host sets it from <c>--data-dir</c>); holds the embedded database.</summary>
    [MaxLength(4096)]
    public string? DataDirectory { get; set; }

    /// <summary>Seconds a database command may run (default 60).</summary>
    [Range(1, 3600)]
    public int CommandTimeoutSeconds { get; set; } = 60;
}
