namespace Vetting.Watchlists.OpenSanctions;

/// <summary>What a <c>Sanction</c> record adds to its entity: programme, designation date and link.</summary>
internal readonly record struct FtmSanctionFact(string? Programme, DateOnly? ListedOn, string? SourceUrl);
