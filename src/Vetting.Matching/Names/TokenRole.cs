namespace Vetting.Matching.Names;

/// <summary>What part of a name a token is, as far as the list or the token itself tells.</summary>
internal enum TokenRole : byte
{
    /// <summary>Not known: compared like a family name when it is not a known given name.</summary>
    Unknown = 0,
    Given,
    Middle,
    Patronymic,
    Family,

    /// <summary>Name particle (al, bin, abu, van, de...): nearly weightless.</summary>
    Particle,
}
