using Vetting.Data.Tests.Support;

namespace Vetting.Data.Tests.Queries;

public sealed class SqliteQueryTests(SqliteTestDatabase database) : QueryTests<SqliteTestDatabase>(database);
