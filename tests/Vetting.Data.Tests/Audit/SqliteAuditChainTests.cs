using Vetting.Data.Tests.Support;

namespace Vetting.Data.Tests.Audit;

public sealed class SqliteAuditChainTests(SqliteTestDatabase database) : AuditChainTests<SqliteTestDatabase>(database);
