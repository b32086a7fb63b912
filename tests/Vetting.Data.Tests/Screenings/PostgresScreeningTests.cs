using Vetting.Data.Tests.Support;

namespace Vetting.Data.Tests.Screenings;

public sealed class PostgresScreeningTests(PostgresTestDatabase database) : ScreeningTests<PostgresTestDatabase>(database);
