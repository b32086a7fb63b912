using Vetting.Data.Model;

namespace Vetting.Data.Stores;

/// <summary>Argument checks the stores apply before writing, so every provider refuses the same input the same way.</summary>
internal static class Require
{
    /// <summary>Non-empty and at most <paramref name="max"/> characters.</summary>
    public static string Text(string? value, int max, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{name} is required", name);
        }

        return Optional(value, max, name)!; // not null: checked above
    }

    /// <summary>Null, or at most <paramref name="max"/> characters.</summary>
    public static string? Optional(string? value, int max, string name)
    {
        if (value is not null && value.Length > max)
        {
            throw new ArgumentException($"{name} is longer than {max} characters ({value.Length})", name);
        }

        return value;
    }

    /// <summary>Text shown to people only: cut at <paramref name="max"/> characters with an ellipsis instead of refusing.</summary>
    public static string? Shortened(string? value, int max) =>
        value is null || value.Length <= max ? value : string.Concat(value.AsSpan(0, max - 1), "…");

    public static string Reason(string? value, string name = "reason") => Text(value, Lengths.Reason, name);

    /// <summary>A user id as the audit log keeps it: not an e-mail address (the audit log holds no personal data).</summary>
    public static string Actor(string? value, string name = "actor")
    {
        var actor = Text(value, Lengths.Id, name);
        if (actor.Contains('@', StringComparison.Ordinal))
        {
            throw new ArgumentException($"{name} must be a user id, not an e-mail address", name);
        }

        return actor;
    }
}
