using Vetting.Matching.Index;

namespace Vetting.Matching;

/// <summary>
/// An in-memory screening index over listed parties. Build it once per list version with <see cref="Build"/>
/// (or load a snapshot with <see cref="Load"/>); after that it is immutable and <c>Screen</c> may be called
/// from any number of threads at once. Retrieval goes through an inverted index on phonetic token keys, so the
/// cost of a call barely grows with the size of the lists.
/// </summary>
public sealed class MatchIndex
{
    private const int BuildBatchSize = 4096;

    private readonly Screener _screener;

    private MatchIndex(IndexData data)
    {
        Data = data;
        _screener = new Screener(data);
    }

    /// <summary>Listed parties in the index.</summary>
    public int PartyCount => Data.PartyCount;

    /// <summary>Indexed names and aliases (persons, organisations, vessels, aircraft).</summary>
    public int NameCount => Data.EntryKinds.Count(k => k != EntryKind.Position);

    /// <summary>Indexed positions and titles.</summary>
    public int PositionCount => Data.EntryKinds.Count(k => k == EntryKind.Position);

    /// <summary>Distinct tokens (the vocabulary of the inverted index).</summary>
    public int TokenCount => Data.Vocabulary.Length;

    /// <summary>Listed e-mail addresses, domains and subdomain patterns.</summary>
    public int DomainCount => Data.Domains.Values.Sum(v => v.Length);

    internal IndexData Data { get; }

    /// <summary>Builds an index over the parties.</summary>
    /// <exception cref="ArgumentException">A party has no entity id or source, or an entity id occurs twice.</exception>
    public static MatchIndex Build(IEnumerable<ListedParty> parties)
    {
        ArgumentNullException.ThrowIfNull(parties);
        // Names are parsed in parallel batches; interning stays sequential and in input order, so the index is
        // the same whatever the number of cores.
        var builder = new IndexBuilder();
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        foreach (var batch in parties.Chunk(BuildBatchSize))
        {
            var prepared = new PreparedParty[batch.Length];
            try
            {
                Parallel.For(0, batch.Length, options, i => prepared[i] = PartyPreparer.Prepare(batch[i], builder.Analysis));
            }
            catch (AggregateException e) when (e.InnerExceptions.Count > 0 && e.InnerExceptions[0] is ArgumentException argument)
            {
                throw new ArgumentException(argument.Message, nameof(parties), argument);
            }

            foreach (var party in prepared)
            {
                builder.Add(party);
            }
        }

        return new MatchIndex(builder.Build());
    }

    /// <summary>Screens one registrant with <see cref="MatchPolicy.Default"/>.</summary>
    public ScreeningResult Screen(RegistrantQuery query) => Screen(query, MatchPolicy.Default);

    /// <summary>Screens one registrant: name, organisation, job title and e-mail.</summary>
    /// <exception cref="ArgumentException">A field is longer than <see cref="MatchPolicy.MaxFieldLength"/>.</exception>
    public ScreeningResult Screen(RegistrantQuery query, MatchPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(policy);
        policy.Validate();
        InputGuard.CheckLength(query.FirstName, nameof(query.FirstName), policy);
        InputGuard.CheckLength(query.LastName, nameof(query.LastName), policy);
        InputGuard.CheckLength(query.Email, nameof(query.Email), policy);
        InputGuard.CheckLength(query.Organization, nameof(query.Organization), policy);
        InputGuard.CheckLength(query.JobTitle, nameof(query.JobTitle), policy);
        InputGuard.CheckLength(query.Country, nameof(query.Country), policy);
        return _screener.Screen(query, policy);
    }

    /// <summary>Writes a snapshot of the built index (vocabulary, postings, entries, parties, domains).</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        SnapshotWriter.Write(stream, Data);
    }

    /// <summary>Reads a snapshot written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not a snapshot of this version, or it is damaged.</exception>
    public static MatchIndex Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return new MatchIndex(SnapshotReader.Read(stream));
    }
}
