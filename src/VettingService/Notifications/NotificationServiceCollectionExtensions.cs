using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Vetting.Service.Notifications;

internal static class NotificationServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IReviewerNotifier"/> (e-mail over SMTP with MailKit) and the sweep that sends each notification once. Options: <c>Vetting:Notifications</c>, checked
    /// at start; notifications are off unless <c>Enabled</c>. Needs the vetting stores (<c>AddVettingData</c>).
    /// </summary>
    public static IServiceCollection AddVettingNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptionsWithValidateOnStart<NotificationOptions, NotificationOptionsValidator>()
            .Bind(configuration.GetSection(NotificationOptions.SectionName));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<NotificationOptions>, NotificationOptionsRules>());
        services.TryAddSingleton<IMailSender, SmtpMailSender>();
        services.TryAddSingleton<IReviewerNotifier, ReviewerNotifier>();
        services.TryAddSingleton<NotificationLedger>();
        services.TryAddSingleton<ReviewerNotificationSweep>();
        return services;
    }
}
