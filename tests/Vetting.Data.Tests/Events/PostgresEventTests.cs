using Vetting.Data.Tests.Support;

namespace Vetting.Data.Tests.Events;

public sealed class PostgresEventTests(PostgresTestDatabase database) : EventTests<PostgresTestDatabase>(database);
