using System.Net;
using Vetting.Core.Platforms;

namespace Vetting.Connectors.Graph.Platform;

/// <summary>The cancel request, the argument checks and the reviewer's link of <see cref="GraphActionApplier"/>.</summary>
internal sealed partial class GraphActionApplier
{
    /// <summary>Null when Graph accepted; the refusal when it concerns this registration (400, 403, 404, 409). Anything else propagates.</summary>
    private static async Task<PlatformApiException?> TryCancelAsync(GraphEventTarget target, string registrantId, CancellationToken cancellationToken)
    {
        try
        {
            await target.Api.CancelRegistrationAsync(target.Kind, target.Id, registrantId, cancellationToken);
            return null;
        }
        catch (PlatformApiException ex) when (ex.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound
            or HttpStatusCode.BadRequest or HttpStatusCode.Conflict)
        {
            return ex;
        }
    }

    /// <summary>One registrant per id, checked: conflicting kinds for one registrant in one call are a caller error.</summary>
    private static Dictionary<string, PlatformActionKind> Check(IReadOnlyList<PlatformAction> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        var byRegistrant = new Dictionary<string, PlatformActionKind>(StringComparer.Ordinal);
        foreach (var action in actions)
        {
            if (action is null || !GraphEventTarget.IsId(action.RegistrantId) || string.IsNullOrWhiteSpace(action.IdempotencyKey))
            {
                throw new ArgumentException("Every action needs a registration id (no slashes, quotes or spaces) and an idempotency key.", nameof(actions));
            }

            if (!Enum.IsDefined(action.Kind))
            {
                throw new ArgumentException($"Unknown action kind {(int)action.Kind}.", nameof(actions));
            }

            // Deny and cancel are the same request on Graph.
            var kind = action.Kind == PlatformActionKind.Approve ? PlatformActionKind.Approve : PlatformActionKind.Cancel;
            if (byRegistrant.TryGetValue(action.RegistrantId, out var earlier) && earlier != kind)
            {
                throw new ArgumentException(
                    $"Registration {action.RegistrantId} has both approve and {action.Kind} in one call; decide first, then apply.", nameof(actions));
            }

            byRegistrant[action.RegistrantId] = kind;
        }

        return byRegistrant;
    }

    /// <summary>
    /// The event's registration page in Teams (<c>registrationConfiguration.registrationWebUrl</c>), read once per call and
    /// only when a reviewer must act; null when Graph gives none or it is not an absolute https URL.
    /// </summary>
    private sealed class ManualLink(GraphEventTarget target)
    {
        private bool _read;
        private Uri? _url;

        public async Task<Uri?> GetAsync(CancellationToken cancellationToken)
        {
            if (!_read)
            {
                _read = true;
                var configuration = await target.Api.GetRegistrationConfigurationAsync(target.Kind, target.Id, cancellationToken);
                _url = Uri.TryCreate(configuration?.RegistrationWebUrl, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps ? url : null;
            }

            return _url;
        }
    }
}
