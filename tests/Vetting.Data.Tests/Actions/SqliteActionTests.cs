using Vetting.Data.Tests.Support;

namespace Vetting.Data.Tests.Actions;

public sealed class SqliteActionTests(SqliteTestDatabase database) : ActionTests<SqliteTestDatabase>(database);
