namespace Vetting.Matching.Index;

/// <summary>
/// Which strings of a vocabulary token a snapshot leaves out because they equal another one (most stems equal the
/// skeleton, many skeletons the surface); the reader shares the one string instead of reading two copies.
/// </summary>
[Flags]
internal enum TokenShape : byte
{
    None = 0,
    SkeletonIsSurface = 1,
    StemIsSkeleton = 2,
}
