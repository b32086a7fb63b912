namespace Vetting.Core.Platforms;

/// <summary>
/// Receives verified platform notifications for screening. Called off the request path, one notice at a time;
/// implementations should enqueue durable work and return quickly.
/// </summary>
public interface IRegistrationEventSink
{
    ValueTask PublishAsync(RegistrationNotice notice, CancellationToken cancellationToken);
}
