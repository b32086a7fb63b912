namespace Vetting.Matching.Names;

/// <summary>Membership of a token in a given-name group.</summary>
/// <param name="Group">Group id (index into the group table).</param>
/// <param name="Form">How the token belongs: its language form or a diminutive.</param>
internal readonly record struct GivenNameRef(int Group, GivenNameForm Form);
