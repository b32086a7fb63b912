using Vetting.Data.Tests.Support;

namespace Vetting.Data.Tests.Clearances;

public sealed class PostgresClearanceTests(PostgresTestDatabase database) : ClearanceTests<PostgresTestDatabase>(database);
