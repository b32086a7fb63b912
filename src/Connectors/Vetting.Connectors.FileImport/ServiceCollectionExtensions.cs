using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Vetting.Connectors.FileImport.Platform;
using Vetting.Core.Platforms;

namespace Vetting.Connectors.FileImport;

public static class FileImportServiceCollectionExtensions
{
    /// <summary>
    /// Adds the file-import connector: events from <c>Connectors:FileImport</c> (validated at start; each file must exist),
    /// plus any <paramref name="configure"/> adds (the host's demo event), as an <see cref="IEventPlatform"/>.
    /// </summary>
    public static IServiceCollection AddFileImportConnector(
        this IServiceCollection services, IConfiguration configuration, Action<FileImportOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var builder = services.AddOptions<FileImportOptions>().Bind(configuration.GetSection(FileImportOptions.SectionName));
        if (configure is not null)
        {
            builder.Configure(configure);
        }

        builder.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FileImportOptions>, FileImportOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IEventPlatform, FileImportEventPlatform>());
        return services;
    }
}
