namespace Vetting.Matching.Index;

/// <summary>Facts about a key-bucket slot's token that decide whether the first comparison step may skip it.</summary>
[Flags]
internal enum BucketFlags : byte
{
    None = 0,

    /// <summary>The token has a second skeleton reading (Latin x as х): its comparison is never skipped.</summary>
    AltSkeleton = 1,

    /// <summary>The token has a feminine family-name ending (a gender form of a masculine one with the same stem).</summary>
    Feminine = 2,
}
