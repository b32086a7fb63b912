using Hangfire.Dashboard;

namespace Vetting.Service.Auth;

/// <summary>
/// Lets only signed-in admins see the Hangfire dashboard. Plug it in with
/// <c>app.UseHangfireDashboard("/hangfire", new DashboardOptions { Authorization = [new HangfireDashboardAdminFilter()] })</c>
/// after <c>UseVettingAuth()</c>, so the request's user is known.
/// </summary>
internal sealed class HangfireDashboardAdminFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = context.GetHttpContext().User;
        return user.Identity?.IsAuthenticated == true && VettingUser.Role(user) == VettingRoles.Admin;
    }
}
