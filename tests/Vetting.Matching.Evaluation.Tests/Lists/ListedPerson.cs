using Vetting.Matching.Evaluation.Tests.Support;

namespace Vetting.Matching.Evaluation.Tests.Lists;

/// <summary>
/// One listed natural person with the name parts the generators need, in the list's own Latin spelling (title case).
/// Entries of several lists that name the same person are merged: a hit on any of <see cref="EntityIds"/> is right.
/// </summary>
internal sealed record ListedPerson
{
    public required IReadOnlyList<string> EntityIds { get; init; }

    /// <summary>The primary name as the first list writes it.</summary>
    public required string ListName { get; init; }

    public required string Given { get; init; }

    /// <summary>Further given or middle names that are not a patronymic.</summary>
    public IReadOnlyList<string> OtherGiven { get; init; } = [];

    public string? Patronymic { get; init; }

    public required string Family { get; init; }

    public IReadOnlyList<string> Programmes { get; init; } = [];

    /// <summary>Russian, Ukrainian or Belarusian origin (UKRAINE/RUSSIA programmes, UN QDi Russian nationals, curated).</summary>
    public bool IsSlavic { get; init; }

    /// <summary>Russian-orthography Cyrillic (or Ukrainian when that is all there is) for Slavic persons.</summary>
    public CyrillicName? Cyrillic { get; init; }

    /// <summary>Ukrainian-orthography Cyrillic when a list gives it.</summary>
    public CyrillicName? UkrainianCyrillic { get; init; }

    /// <summary>The name in Arabic script when the list gives it (UN original script).</summary>
    public string? ArabicScript { get; init; }

    /// <summary>Given names without the patronymic: "Usama bin Muhammad".</summary>
    public string GivenNames => NameText.Join([Given, .. OtherGiven]);

    /// <summary>Given names and patronymic: "Sergey Valeryevich".</summary>
    public string GivenPart => NameText.Join([Given, .. OtherGiven, Patronymic]);

    /// <summary>Female by the patronymic (-vna) or, without one, by a Russian female family ending (-ova, -ina, -aya).</summary>
    public bool IsFemale => Patronymic is { } p
        ? p.EndsWith("na", StringComparison.OrdinalIgnoreCase)
        : FemaleEndings.Any(e => Family.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    private static string[] FemaleEndings => ["ova", "eva", "yova", "ina", "yna", "aya", "skaya", "ska", "tska"];
}
