namespace Vetting.Service.Notifications;

/// <summary>Hands a message to the mail relay.</summary>
internal interface IMailSender
{
    Task SendAsync(MailMessageDraft message, CancellationToken cancellationToken);
}
