using Vetting.Data.Tests.Support;

namespace Vetting.Data.Tests.Audit;

public sealed class PostgresAuditChainTests(PostgresTestDatabase database) : AuditChainTests<PostgresTestDatabase>(database);
