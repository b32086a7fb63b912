using Vetting.Data.Tests.Support;

namespace Vetting.Data.Tests.Retention;

public sealed class PostgresRetentionTests(PostgresTestDatabase database) : RetentionTests<PostgresTestDatabase>(database);
