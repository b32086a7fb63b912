using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Vetting.Data.Context;

/// <summary>For <c>dotnet ef migrations add … --context PostgresVettingDbContext</c>; never connects.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresVettingDbContext>
{
    public PostgresVettingDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresVettingDbContext>().UseNpgsql("Host=localhost;Database=vetting_design").Options);
}
