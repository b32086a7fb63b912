using System.ComponentModel.DataAnnotations;

namespace Vetting.Service.Api;

/// <summary>Limits of the REST API (<c>Vetting:Api</c>).</summary>
internal sealed class VettingApiOptions
{
    public const string SectionName = "Vetting:Api";

    /// <summary>Largest upload (curated list, registrant CSV) in bytes; larger ones are refused with 413. Default 10 MiB.</summary>
    [Range(1024, 256L * 1024 * 1024)]
    public long MaxUploadBytes { get; set; } = 10L * 1024 * 1024;

    /// <summary>How far ahead the event list looks by default, in days.</summary>
    [Range(1, 3650)]
    public int UpcomingDays { get; set; } = 60;

    /// <summary>Most records one page of a list returns.</summary>
    [Range(10, 10000)]
    public int MaxPageSize { get; set; } = 1000;
}
