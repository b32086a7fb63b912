using Microsoft.Extensions.Options;

namespace Vetting.Service.Notifications;

[OptionsValidator]
internal sealed partial class NotificationOptionsValidator : IValidateOptions<NotificationOptions>
{
}
