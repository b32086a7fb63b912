using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Vetting.Data.Context;

/// <summary>For <c>dotnet ef migrations add … --context SqliteVettingDbContext</c>; never connects.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteVettingDbContext>
{
    public SqliteVettingDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteVettingDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
