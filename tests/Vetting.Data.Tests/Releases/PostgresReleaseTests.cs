using Vetting.Data.Tests.Support;

namespace Vetting.Data.Tests.Releases;

public sealed class PostgresReleaseTests(PostgresTestDatabase database) : ReleaseTests<PostgresTestDatabase>(database);
