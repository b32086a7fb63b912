using Vetting.Matching.Names;

namespace Vetting.Matching.Index;

/// <summary>One name or position of a party, parsed and ready to be interned.</summary>
/// <param name="Name">The name as listed.</param>
/// <param name="Kind">Entry kind.</param>
/// <param name="Tokens">Analysed tokens.</param>
/// <param name="Roles">Token roles, parallel to <paramref name="Tokens"/>.</param>
internal readonly record struct PreparedEntry(ListedName Name, EntryKind Kind, NameToken[] Tokens, TokenRole[] Roles);
