using Vetting.Data.Tests.Support;

namespace Vetting.Data.Tests.Audit;

public sealed class PostgresAuditSearchTests(PostgresTestDatabase database) : AuditSearchTests<PostgresTestDatabase>(database);
