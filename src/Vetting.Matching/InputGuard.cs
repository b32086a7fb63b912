namespace Vetting.Matching;

/// <summary>Rejects oversized input with a clear message instead of spending time on it.</summary>
internal static class InputGuard
{
    public static void CheckLength(string? value, string field, MatchPolicy policy)
    {
        if (value is not null && value.Length > policy.MaxFieldLength)
        {
            throw new ArgumentException(
                $"The {field} field is {value.Length:N0} characters long; at most {policy.MaxFieldLength:N0} are accepted.", field);
        }
    }
}
