using System.Runtime.InteropServices;
using System.Text;
using Vetting.Matching.Domains;
using Vetting.Matching.Names;

namespace Vetting.Matching.Index;

/// <summary>Reads a snapshot written by <see cref="SnapshotWriter"/>, checking every count and reference.</summary>
internal static class SnapshotReader
{
    private const int MaxCount = 200_000_000;

    public static IndexData Read(Stream stream)
    {
        try
        {
            return ReadChecked(stream);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("The match-index snapshot ends early.", e);
        }
        catch (Exception e) when (e is ArgumentException or OverflowException or IndexOutOfRangeException or FormatException or DecoderFallbackException)
        {
            throw new InvalidDataException("The match-index snapshot is damaged: " + e.Message, e);
        }
    }

    private static IndexData ReadChecked(Stream stream)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        if (reader.ReadString() != SnapshotWriter.Magic)
        {
            throw new InvalidDataException("The stream is not a match-index snapshot.");
        }

        var version = reader.ReadInt32();
        if (version != SnapshotWriter.Version)
        {
            throw new InvalidDataException($"Match-index snapshot version {version} is not supported (expected {SnapshotWriter.Version}).");
        }

        var vocabulary = new NameToken[Count(reader)];
        for (var i = 0; i < vocabulary.Length; i++)
        {
            var surface = reader.ReadString();
            var skeleton = reader.ReadString();
            var stem = reader.ReadString();
            var key = reader.ReadString();
            var traits = (TokenTraits)reader.ReadByte();
            var alt = Optional(reader);
            vocabulary[i] = new NameToken(surface, surface, skeleton, stem, key, GivenNames.Lookup(skeleton), TokenRole.Unknown, traits)
            {
                AltSkeleton = alt,
                AltKey = alt is null ? null : Text.CoarseKey.Build(alt),
            };
        }

        var postings = new int[vocabulary.Length][];
        for (var i = 0; i < postings.Length; i++)
        {
            postings[i] = ReadInts(reader);
        }

        var wordPostings = new int[vocabulary.Length][];
        for (var i = 0; i < wordPostings.Length; i++)
        {
            wordPostings[i] = ReadInts(reader);
        }

        var entryTokenStart = ReadInts(reader);
        var entryTokens = ReadInts(reader);
        var roles = MemoryMarshal.Cast<byte, TokenRole>(ReadBytes(reader)).ToArray();
        var entryParty = ReadInts(reader);
        var kinds = MemoryMarshal.Cast<byte, EntryKind>(ReadBytes(reader)).ToArray();
        var significant = ReadBytes(reader);
        var weak = Array.ConvertAll(ReadBytes(reader), b => b != 0);
        var entries = entryParty.Length;
        var text = reader.ReadString();
        var offsets = ReadInts(reader);
        var withParts = new Dictionary<int, ListedName>();
        for (var count = Count(reader); count > 0; count--)
        {
            var entry = Reference(reader.ReadInt32(), entries);
            withParts[entry] = new ListedName(reader.ReadString())
            {
                Given = Optional(reader),
                Middle = Optional(reader),
                Patronymic = Optional(reader),
                Family = Optional(reader),
            };
        }

        if (offsets.Length != entries + 1)
        {
            throw new InvalidDataException("The match-index snapshot is damaged (entry names).");
        }

        var names = new EntryNameTable(text, offsets, withParts);

        var parties = Count(reader);
        var ids = new string[parties];
        var sources = new string[parties];
        var partyKinds = new PartyKind[parties];
        var reviewOnly = new bool[parties];
        var fullest = new byte[parties];
        var countries = new string[parties];
        for (var p = 0; p < parties; p++)
        {
            ids[p] = reader.ReadString();
            sources[p] = string.Intern(reader.ReadString());
            partyKinds[p] = (PartyKind)reader.ReadByte();
            reviewOnly[p] = reader.ReadBoolean();
            fullest[p] = reader.ReadByte();
            countries[p] = string.Intern(reader.ReadString());
        }

        var wordEntries = reader.ReadInt32();
        var wordFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var count = Count(reader); count > 0; count--)
        {
            wordFrequency[reader.ReadString()] = reader.ReadInt32();
        }

        var domains = new Dictionary<string, DomainHit[]>(StringComparer.Ordinal);
        for (var count = Count(reader); count > 0; count--)
        {
            var key = reader.ReadString();
            var hits = new DomainHit[Count(reader)];
            for (var h = 0; h < hits.Length; h++)
            {
                hits[h] = new DomainHit(Reference(reader.ReadInt32(), parties), (DomainKind)reader.ReadByte(), reader.ReadString());
            }

            domains[key] = hits;
        }

        if (reader.ReadString() != SnapshotWriter.Magic)
        {
            throw new InvalidDataException("The match-index snapshot has no end marker.");
        }

        var data = new IndexData
        {
            Vocabulary = vocabulary,
            Postings = postings,
            WordPostings = wordPostings,
            KeyBuckets = KeyBuckets.Build(vocabulary),
            KeystrokeToVocabulary = KeystrokeNeighbours.Build(vocabulary),
            GroupToVocabulary = IndexAssembler.BuildGroupMap(vocabulary),
            EntryTokenStart = entryTokenStart,
            EntryTokens = entryTokens,
            EntryRoles = roles,
            EntryParty = entryParty,
            EntryKinds = kinds,
            EntrySignificant = significant,
            EntryWeak = weak,
            EntryNames = names,
            PartyIds = ids,
            PartySources = sources,
            PartyKinds = partyKinds,
            PartyReviewOnly = reviewOnly,
            PartyFullest = fullest,
            PartyCountries = countries,
            WordFrequency = wordFrequency,
            WordEntryCount = wordEntries,
            Domains = domains,
        };
        SnapshotValidator.Check(data);
        return data;
    }

    private static int Count(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        return count is >= 0 and <= MaxCount ? count : throw new InvalidDataException($"The match-index snapshot has an impossible count ({count}).");
    }

    private static int Reference(int value, int count) =>
        value >= 0 && value < count ? value : throw new InvalidDataException($"The match-index snapshot refers to item {value} of {count}.");

    private static string? Optional(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    private static int[] ReadInts(BinaryReader reader)
    {
        var values = new int[Count(reader)];
        var bytes = MemoryMarshal.AsBytes(values.AsSpan());
        if (reader.Read(bytes) != bytes.Length)
        {
            throw new EndOfStreamException();
        }

        return values;
    }

    private static byte[] ReadBytes(BinaryReader reader)
    {
        var values = reader.ReadBytes(Count(reader));
        return values.Length == values.Length ? values : throw new EndOfStreamException();
    }
}
