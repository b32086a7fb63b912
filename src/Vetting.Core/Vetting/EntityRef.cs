namespace Vetting.Core.Vetting;

/// <summary>A list entity as it was when screened: its id and <see cref="WatchlistEntityFingerprint"/>.</summary>
public sealed record EntityRef(string EntityId, string EntityFingerprint);
