namespace Vetting.Matching.Index;

/// <summary>
/// Per-call working memory, rented from a pool so that concurrent <c>MatchIndex.Screen</c> calls never share
/// state: an epoch-stamped hit mask per entry (no clearing between queries), the touched entries, query tokens.
/// </summary>
internal sealed class Scratch
{
    /// <summary>Per entry: the epoch that last hit it and the query tokens that did (one cache line for both).</summary>
    private readonly (int Stamp, uint Mask)[] _hits;
    private int _epoch;

    public Scratch(int entryCount, int vocabularyCount)
    {
        _hits = new (int, uint)[entryCount];
        SeenVocabulary = new VocabularyMarks(vocabularyCount);
        CommonHits = new VocabularyMarks(vocabularyCount);
    }

    public List<int> Touched { get; } = [];

    public VocabularyMarks SeenVocabulary { get; }

    /// <summary>The vocabulary tokens of a query's most common token, while candidates are collected.</summary>
    public VocabularyMarks CommonHits { get; }

    public Scoring.PrefixSharedDistance Distance { get; } = new();

    public List<QueryToken> Tokens { get; } = [];

    public int TokenCount { get; set; }

    public void NextEpoch()
    {
        Touched.Clear();
        if (++_epoch == int.MaxValue)
        {
            Array.Clear(_hits);
            _epoch = 1;
        }
    }

    /// <summary>Marks an entry as hit by query token <paramref name="bit"/>; records it the first time.</summary>
    public void Hit(int entry, int bit)
    {
        ref var hit = ref _hits[entry];
        if (hit.Stamp != _epoch)
        {
            hit = (_epoch, 0);
            Touched.Add(entry);
        }

        hit.Mask |= 1u << bit;
    }

    /// <summary>Adds a bit only to entries already hit in this epoch.</summary>
    public void HitExisting(int entry, int bit)
    {
        ref var hit = ref _hits[entry];
        if (hit.Stamp == _epoch)
        {
            hit.Mask |= 1u << bit;
        }
    }

    public int HitCount(int entry) => _hits[entry].Stamp == _epoch ? System.Numerics.BitOperations.PopCount(_hits[entry].Mask) : 0;

    private Names.NameToken[] _listed = new Names.NameToken[16];
    private Names.NameToken[] _query = new Names.NameToken[16];
    private Scoring.TokenScore[] _matrix = new Scoring.TokenScore[256];

    public Span<Names.NameToken> ListedBuffer(int size) => Grow(ref _listed, size);

    public Span<Names.NameToken> QueryBuffer(int size) => Grow(ref _query, size);

    public Span<Scoring.TokenScore> MatrixBuffer(int size) => Grow(ref _matrix, size);

    public QueryToken Token(int index, Names.NameToken token)
    {
        while (Tokens.Count <= index)
        {
            Tokens.Add(new QueryToken(token));
        }

        Tokens[index].Reset(token);
        return Tokens[index];
    }

    private static Span<T> Grow<T>(ref T[] buffer, int size)
    {
        if (buffer.Length < size)
        {
            buffer = new T[Math.Max(size, buffer.Length * 2)];
        }

        return buffer;
    }
}
