using Vetting.Data.Tests.Support;

namespace Vetting.Data.Tests.Queries;

public sealed class PostgresQueryTests(PostgresTestDatabase database) : QueryTests<PostgresTestDatabase>(database);
