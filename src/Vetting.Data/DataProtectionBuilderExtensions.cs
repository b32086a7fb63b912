using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Vetting.Data.Context;

namespace Vetting.Data;

public static class DataProtectionBuilderExtensions
{
    /// <summary>
    /// Keeps the data-protection key ring in the vetting database (table <c>DataProtectionKeys</c>), so every replica on
    /// that database, and the service after a restart, reads the cookies and anti-forgery tokens the others issued.
    /// Needs <c>AddVettingData</c>.
    /// </summary>
    public static IDataProtectionBuilder PersistKeysToVettingDatabase(this IDataProtectionBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddScoped<VettingDbContext>(sp => sp.GetRequiredService<VettingContextFactory>().Create());
        return builder.PersistKeysToDbContext<VettingDbContext>();
    }
}
