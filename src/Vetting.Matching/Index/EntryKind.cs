namespace Vetting.Matching.Index;

/// <summary>What an indexed entry is.</summary>
internal enum EntryKind : byte
{
    /// <summary>A person name (or a name of an unknown-kind party).</summary>
    PersonName = 0,

    /// <summary>An organisation name, legal forms removed.</summary>
    OrganisationName,

    /// <summary>A vessel or aircraft name.</summary>
    CraftName,

    /// <summary>A listed position or title.</summary>
    Position,
}
