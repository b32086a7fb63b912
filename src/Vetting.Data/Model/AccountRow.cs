using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vetting.Core.Platforms;
using Vetting.Core.Vetting;

namespace Vetting.Data.Model;

internal sealed class AccountRow
{
    public Guid Id { get; set; }

    public PlatformKind Platform { get; set; }

    public string Name { get; set; } = "";

    public PolicyColumns DefaultPolicy { get; set; } = new();

    public bool Enabled { get; set; }

    public DateTimeOffset ConnectedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public int Revision { get; set; }

    public static void Configure(EntityTypeBuilder<AccountRow> entity)
    {
        entity.ToTable("Accounts");
        entity.HasKey(a => a.Id);
        entity.Property(a => a.Name).HasMaxLength(Lengths.Code);
        entity.ComplexProperty(a => a.DefaultPolicy);
        entity.Property(a => a.Revision).IsConcurrencyToken();
        entity.HasIndex(a => new { a.Platform, a.Name }).IsUnique();
    }

    public ConnectedAccount ToRecord() => new(Id, Platform, Name, DefaultPolicy.ToPolicy(), Enabled, ConnectedAt, Revision);
}
