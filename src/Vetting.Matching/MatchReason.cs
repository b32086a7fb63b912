namespace Vetting.Matching;

/// <summary>Which registrant field linked a match.</summary>
public enum MatchReason
{
    /// <summary>The registrant's name matched a listed name or alias.</summary>
    Name = 0,

    /// <summary>The registrant's organisation matched a listed organisation name.</summary>
    Organisation,

    /// <summary>The registrant's job title named a listed organisation or a listed position.</summary>
    Position,

    /// <summary>The registrant's e-mail address or domain matched a listed address or domain.</summary>
    Domain,
}
