using Vetting.Data.Tests.Support;

namespace Vetting.Data.Tests.Screenings;

public sealed class SqliteScreeningTests(SqliteTestDatabase database) : ScreeningTests<SqliteTestDatabase>(database);
