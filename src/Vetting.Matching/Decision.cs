namespace Vetting.Matching;

/// <summary>What screening recommends for a registrant or a name pair.</summary>
public enum Decision
{
    /// <summary>No match at or above the review threshold.</summary>
    Clear = 0,

    /// <summary>A possible match: a person must look at it.</summary>
    Review,

    /// <summary>Strong evidence of a listed party (full name with patronymic, or a listed e-mail or domain).</summary>
    Block,
}
