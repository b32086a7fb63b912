namespace Vetting.Service.Auth;

/// <summary>
/// The three roles and the policies built on them. Roles nest: an admin may do what a reviewer may, a reviewer what a
/// viewer may. A principal carries exactly one role claim (<see cref="System.Security.Claims.ClaimTypes.Role"/>).
/// </summary>
internal static class VettingRoles
{
    public const string Admin = "admin";
    public const string Reviewer = "reviewer";
    public const string Viewer = "viewer";

    /// <summary>Policy: any signed-in role (read-only access).</summary>
    public const string ViewerPolicy = "vetting-viewer";

    /// <summary>Policy: reviewer or admin (decisions, clearances, ad-hoc screening).</summary>
    public const string ReviewerPolicy = "vetting-reviewer";

    /// <summary>Policy: admin only (settings, policies, watchlists, users, API keys, the Hangfire dashboard).</summary>
    public const string AdminPolicy = "vetting-admin";

    public static IReadOnlyList<string> All { get; } = [Admin, Reviewer, Viewer];

    /// <summary>The role's name in canonical form, or null when it is not one of the three.</summary>
    public static string? Normalize(string? role) =>
        All.FirstOrDefault(r => string.Equals(r, role?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The roles that satisfy <paramref name="required"/> (it and every role above it).</summary>
    public static string[] AtLeast(string required) => required switch
    {
        Admin => [Admin],
        Reviewer => [Reviewer, Admin],
        Viewer => [Viewer, Reviewer, Admin],
        _ => throw new ArgumentOutOfRangeException(nameof(required), required, "unknown role"),
    };

    /// <summary>Higher of two roles (admin &gt; reviewer &gt; viewer).</summary>
    public static string Highest(IEnumerable<string> roles) =>
        roles.Select(Normalize).OfType<string>().MinBy(r => All.ToList().IndexOf(r)) ?? "";
}
