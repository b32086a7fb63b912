using Vetting.Core.Vetting;
using Vetting.Matching;

namespace Vetting.Core.Workflow;

/// <summary>
/// What changed between two consecutive screening indexes of this process: the entities added, changed or removed, and a
/// small index over the added and changed ones. A registrant screened against <see cref="From"/> needs screening again
/// only if one of its matches is <see cref="Affected"/> or it matches something in <see cref="Delta"/>.
/// </summary>
/// <param name="From">The list versions before.</param>
/// <param name="To">The list versions after.</param>
/// <param name="Affected">Ids of entities added, changed or removed.</param>
/// <param name="Delta">An index over the added and changed entities only.</param>
public sealed record ScreeningIndexChange(ListVersionSet From, ListVersionSet To, IReadOnlySet<string> Affected, MatchIndex Delta);
