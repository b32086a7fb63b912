using Vetting.Data.Tests.Support;

namespace Vetting.Data.Tests.Audit;

public sealed class SqliteAuditSearchTests(SqliteTestDatabase database) : AuditSearchTests<SqliteTestDatabase>(database);
