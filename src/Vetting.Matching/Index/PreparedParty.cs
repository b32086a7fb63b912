using Vetting.Matching.Domains;

namespace Vetting.Matching.Index;

/// <summary>A party with every name parsed and every domain normalised (the parallel part of an index build).</summary>
/// <param name="Party">The party as given.</param>
/// <param name="Entries">Names and positions.</param>
/// <param name="Fullest">Most significant tokens in any strong person name.</param>
/// <param name="Domains">Normalised domain values.</param>
internal sealed record PreparedParty(ListedParty Party, PreparedEntry[] Entries, int Fullest, ListedDomain[] Domains);
