namespace Vetting.Service.Notifications;

/// <summary>How the SMTP connection is protected.</summary>
internal enum SmtpSecurity
{
    /// <summary>STARTTLS when the server offers it (MailKit's default).</summary>
    Auto,

    /// <summary>Plain text: only for a relay on the same host or a test server.</summary>
    None,

    /// <summary>STARTTLS required.</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,
}
