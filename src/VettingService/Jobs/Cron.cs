using System.Globalization;

namespace Vetting.Service.Jobs;

/// <summary>Cron expressions for "every interval", which Hangfire's recurring jobs need.</summary>
internal static class Cron
{
    private static readonly int[] DayDivisors = [12, 8, 6, 4, 3, 2, 1];

    /// <summary>A cron expression that fires every <paramref name="interval"/>, or null when cron cannot express it evenly.</summary>
    public static string? Every(TimeSpan interval)
    {
        if (interval.Ticks % TimeSpan.TicksPerMinute != 0)
        {
            return null;
        }

        var minutes = (int)interval.TotalMinutes;
        if (minutes is >= 1 and < 60)
        {
            return 60 % minutes == 0 ? string.Create(CultureInfo.InvariantCulture, $"*/{minutes} * * * *") : null;
        }

        if (minutes % 60 != 0)
        {
            return null;
        }

        var hours = minutes / 60;
        return hours switch
        {
            < 24 when 24 % hours == 0 => string.Create(CultureInfo.InvariantCulture, $"0 */{hours} * * *"),
            24 => "0 0 * * *",
            _ => null,
        };
    }

    /// <summary>Every <paramref name="hours"/> hours (a list's cadence), rounded to what cron can express: at most daily.</summary>
    public static string EveryHours(int hours) => hours switch
    {
        <= 1 => "0 * * * *",
        < 24 => string.Create(CultureInfo.InvariantCulture, $"0 */{Divisor(hours)} * * *"),
        _ => "0 3 * * *",
    };

    /// <summary>The largest divisor of 24 not above <paramref name="hours"/>, so the schedule is even through the day.</summary>
    private static int Divisor(int hours) => DayDivisors.First(d => d <= hours);
}
