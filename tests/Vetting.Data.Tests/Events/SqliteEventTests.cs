using Vetting.Data.Tests.Support;

namespace Vetting.Data.Tests.Events;

public sealed class SqliteEventTests(SqliteTestDatabase database) : EventTests<SqliteTestDatabase>(database);
