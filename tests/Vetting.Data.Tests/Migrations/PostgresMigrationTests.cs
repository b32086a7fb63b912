using Vetting.Data.Tests.Support;

namespace Vetting.Data.Tests.Migrations;

public sealed class PostgresMigrationTests(PostgresTestDatabase database) : MigrationTests<PostgresTestDatabase>(database);
