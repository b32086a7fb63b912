using Vetting.Matching.Names;

namespace Vetting.Matching.Index;

/// <summary>
/// What a key-bucket slot copies from its token, gathered once per vocabulary id into flat arrays (all skeletons in
/// one char array), so filling a million slots reads a few megabytes in place of a million scattered token objects.
/// </summary>
internal sealed class VocabularyColumns
{
    private readonly char[] _skeletons;
    private readonly int[] _skeletonStart;

    public VocabularyColumns(NameToken[] vocabulary)
    {
        _skeletonStart = new int[vocabulary.Length + 1];
        SurfaceLength = new byte[vocabulary.Length];
        FirstLetter = new char[vocabulary.Length];
        StemHash = new int[vocabulary.Length];
        Flags = new BucketFlags[vocabulary.Length];
        for (var id = 0; id < vocabulary.Length; id++)
        {
            var token = vocabulary[id];
            _skeletonStart[id + 1] = checked(_skeletonStart[id] + token.Skeleton.Length);
            SurfaceLength[id] = (byte)Math.Min(token.Surface.Length, byte.MaxValue);
            FirstLetter[id] = token.Surface.Length > 0 ? token.Surface[0] : '\0';
            StemHash[id] = KeyBuckets.StemHashOf(token);
            Flags[id] = (token.AltSkeleton is not null ? BucketFlags.AltSkeleton : 0)
                | ((token.Traits & TokenTraits.FeminineForm) != 0 ? BucketFlags.Feminine : 0);
        }

        _skeletons = new char[_skeletonStart[^1]];
        for (var id = 0; id < vocabulary.Length; id++)
        {
            vocabulary[id].Skeleton.CopyTo(_skeletons.AsSpan(_skeletonStart[id]));
        }
    }

    public byte[] SurfaceLength { get; }

    public char[] FirstLetter { get; }

    public int[] StemHash { get; }

    public BucketFlags[] Flags { get; }

    public int SkeletonLength(int id) => _skeletonStart[id + 1] - _skeletonStart[id];

    public ReadOnlySpan<char> Skeleton(int id) => _skeletons.AsSpan(_skeletonStart[id], SkeletonLength(id));
}
