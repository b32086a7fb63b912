using Vetting.Data.Tests.Support;

namespace Vetting.Data.Tests.Releases;

public sealed class SqliteReleaseTests(SqliteTestDatabase database) : ReleaseTests<SqliteTestDatabase>(database);
