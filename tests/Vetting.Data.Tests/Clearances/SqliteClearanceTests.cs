using Vetting.Data.Tests.Support;

namespace Vetting.Data.Tests.Clearances;

public sealed class SqliteClearanceTests(SqliteTestDatabase database) : ClearanceTests<SqliteTestDatabase>(database);
