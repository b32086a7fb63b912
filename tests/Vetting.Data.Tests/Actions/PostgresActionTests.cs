using Vetting.Data.Tests.Support;

namespace Vetting.Data.Tests.Actions;

public sealed class PostgresActionTests(PostgresTestDatabase database) : ActionTests<PostgresTestDatabase>(database);
