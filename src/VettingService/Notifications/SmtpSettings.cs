using System.ComponentModel.DataAnnotations;

namespace Vetting.Service.Notifications;

/// <summary>The SMTP relay (<c>Vetting:Notifications:Smtp</c>). The password comes from the environment or a secret store.</summary>
internal sealed class SmtpSettings
{
    [MaxLength(255)]
    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    [EnumDataType(typeof(SmtpSecurity))]
    public SmtpSecurity Security { get; set; } = SmtpSecurity.Auto;

    [MaxLength(320)]
    public string? UserName { get; set; }

    [MaxLength(1024)]
    public string? Password { get; set; }

    /// <summary>Seconds to wait for the relay before giving up on a message.</summary>
    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 30;
}
