using Vetting.Data.Tests.Support;

namespace Vetting.Data.Tests.Migrations;

public sealed class SqliteMigrationTests(SqliteTestDatabase database) : MigrationTests<SqliteTestDatabase>(database);
