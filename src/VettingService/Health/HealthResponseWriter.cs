using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Vetting.Service.Health;

/// <summary>
/// Writes a health report as JSON: overall status, and per check its status, description, duration and data. Only what
/// the checks put there appears: provider, migration counts, list sources, versions and ages; never an exception
/// message (it may name servers or users), never personal data.
/// </summary>
internal static class HealthResponseWriter
{
    public static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        context.Response.ContentType = "application/json; charset=utf-8";
        await using var writer = new Utf8JsonWriter(context.Response.Body, new JsonWriterOptions { Indented = false });
        writer.WriteStartObject();
        writer.WriteString("status", report.Status.ToString());
        writer.WriteNumber("durationMs", Milliseconds(report.TotalDuration));
        writer.WriteStartObject("checks");
        foreach (var (name, entry) in report.Entries)
        {
            writer.WriteStartObject(name);
            writer.WriteString("status", entry.Status.ToString());
            writer.WriteString("description", Describe(entry));
            writer.WriteNumber("durationMs", Milliseconds(entry.Duration));
            if (entry.Data.Count > 0)
            {
                writer.WriteStartObject("data");
                foreach (var (key, value) in entry.Data)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, value);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
        await writer.FlushAsync(context.RequestAborted);
    }

    /// <summary>
    /// The check's own description; when a check threw instead of reporting, the framework puts the exception message
    /// there, which is replaced by the exception's type.
    /// </summary>
    internal static string Describe(HealthReportEntry entry) =>
        entry.Exception is { } e && (entry.Description is null || entry.Description == e.Message)
            ? $"the check failed ({e.GetType().Name})"
            : entry.Description ?? entry.Status.ToString();

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case IHealthData data:
                data.WriteTo(writer);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int or long or double:
                writer.WriteRawValue(Convert.ToString(value, CultureInfo.InvariantCulture)!); // a number's invariant text
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            default:
                // Unknown shapes are not serialised: they could carry anything.
                writer.WriteStringValue(value?.GetType().Name ?? "null");
                break;
        }
    }

    private static double Milliseconds(TimeSpan duration) => Math.Round(duration.TotalMilliseconds, 1);
}
