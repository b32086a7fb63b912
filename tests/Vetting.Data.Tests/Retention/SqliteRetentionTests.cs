using Vetting.Data.Tests.Support;

namespace Vetting.Data.Tests.Retention;

public sealed class SqliteRetentionTests(SqliteTestDatabase database) : RetentionTests<SqliteTestDatabase>(database);
