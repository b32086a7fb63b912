namespace Vetting.Core.Vetting;

/// <summary>The stored value of an idempotent write, and whether this call created it (false: it was already there).</summary>
public sealed record Upserted<T>(T Value, bool Created);
