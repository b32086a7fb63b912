using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Vetting.Data.Context;

/// <summary>For <c>dotnet ef migrations add … --context SqlServerVettingDbContext</c>; never connects.</summary>
internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerVettingDbContext>
{
    public SqlServerVettingDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerVettingDbContext>().UseSqlServer("Server=localhost;Database=vetting_design").Options);
}
