using Vetting.Core.Vetting;
using Vetting.Service.Auth;

namespace Vetting.Service.Api;

/// <summary>
/// Turns the stores' refusals into ProblemDetails: a rule (four eyes, wrong state) or a stale revision is 409, bad input
/// 400. The messages hold ids and rule names only.
/// </summary>
internal sealed class ApiErrorFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            return await next(context);
        }
        catch (VettingRuleException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status409Conflict, title: "Refused by rule");
        }
        catch (VettingConcurrencyException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status409Conflict, title: "Changed by someone else: read it again");
        }
        catch (AccountRuleException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest, title: "Refused");
        }
        catch (ArgumentException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest, title: "Invalid request");
        }
    }
}
