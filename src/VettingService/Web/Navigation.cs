namespace Vetting.Service.Web;

/// <summary>Which main navigation entry the current page belongs to (for <c>aria-current="page"</c>).</summary>
internal static class Navigation
{
    /// <summary>True when <paramref name="path"/> is <paramref name="prefix"/> or below it; <c>/</c> matches the dashboard only.</summary>
    public static bool IsCurrent(PathString path, string prefix) =>
        prefix == "/"
            ? !path.HasValue || path.Value == "/"
            : path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase);
}
