namespace Vetting.Matching.Names;

/// <summary>Facts about one token that do not depend on the other name.</summary>
[Flags]
internal enum TokenTraits : byte
{
    None = 0,

    /// <summary>One letter, or a letter followed by a period.</summary>
    Initial = 1,

    /// <summary>Ends like a patronymic (-ovich, -evna, -ovych, -ivna, -owitsch...).</summary>
    PatronymicForm = 2,

    /// <summary>A known given name or diminutive (in <see cref="GivenNames"/>).</summary>
    KnownGivenName = 4,

    /// <summary>Ends like a feminine family name (-ova, -eva, -ina, -skaya, -ska...).</summary>
    FeminineForm = 8,

    /// <summary>Written all in capitals inside a mixed-case name (how lists mark the family name).</summary>
    Capitalised = 16,

    /// <summary>Name particle.</summary>
    Particle = 32,

    /// <summary>Digits only.</summary>
    Number = 64,
}
