namespace Vetting.Service.Api.Review;

/// <summary>The reason a reviewer or admin gives for a decision or change: required, and it goes on the record.</summary>
internal static class Justification
{
    public const int MaxLength = 2000;

    /// <summary>The trimmed text; <see cref="ArgumentException"/> when it is empty or longer than 2,000 characters.</summary>
    public static string Require(string? justification)
    {
        var text = justification?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > MaxLength)
        {
            throw new ArgumentException("a justification of 1 to 2,000 characters is required", nameof(justification));
        }

        return text;
    }
}
