namespace Vetting.Core.Watchlists;

/// <summary>
/// A display name as the list gives it, with the parts the list states (never guessed from the full text).
/// </summary>
public sealed record EntityName(string Full)
{
    public string? Given { get; init; }

    public string? Middle { get; init; }

    public string? Patronymic { get; init; }

    public string? Family { get; init; }

    public NameScript Script { get; init; } = NameScript.Latin;

    public override string ToString() => Full;
}
