namespace Vetting.Matching;

/// <summary>
/// One name of a listed party (primary name or alias) as the list writes it, in any script.
/// </summary>
/// <param name="Text">The name as written, e.g. <c>AKSYONOV, Sergey Valeryevich</c> or <c>Георгий Мурадов</c>.</param>
public sealed record ListedName(string Text)
{
    /// <summary>Strong name or weak alias.</summary>
    public NameStrength Strength { get; init; } = NameStrength.Strong;

    /// <summary>True for the list's primary name.</summary>
    public bool IsPrimary { get; init; }

    /// <summary>Given name(s), only when the list states the parts.</summary>
    public string? Given { get; init; }

    /// <summary>Middle name(s), only when the list states the parts.</summary>
    public string? Middle { get; init; }

    /// <summary>Patronymic, only when the list states the parts.</summary>
    public string? Patronymic { get; init; }

    /// <summary>Family name(s), only when the list states the parts.</summary>
    public string? Family { get; init; }

    /// <inheritdoc />
    public override string ToString() => Text;
}
