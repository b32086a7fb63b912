using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Vetting.Data.Context;

/// <summary>
/// SQLite has no time type: EF would store text it cannot compare or sort. Times are stored as UTC ticks instead,
/// which compare correctly in SQL.
/// </summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
