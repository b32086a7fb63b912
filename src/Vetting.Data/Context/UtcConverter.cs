using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Vetting.Data.Context;

/// <summary>Stores every time in UTC (PostgreSQL's timestamptz accepts only offset zero; SQL Server then agrees).</summary>
internal sealed class UtcConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    value => value.ToUniversalTime(),
    value => value.ToUniversalTime());
