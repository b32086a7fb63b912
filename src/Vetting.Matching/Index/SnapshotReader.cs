using System.Runtime.InteropServices;
using System.Text;
using Vetting.Matching.Domains;
using Vetting.Matching.Names;

namespace Vetting.Matching.Index;

/// <summary>Reads a snapshot written by <see cref="SnapshotWriter"/>, checking every count and reference.</summary>
internal static partial class SnapshotReader
{
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

        var vocabulary = ReadVocabulary(reader);
        var postings = ReadJagged(reader, vocabulary.Length, "posting lists");
        var wordPostings = ReadJagged(reader, vocabulary.Length, "posting lists");

        var entryTokenStart = ReadInts(reader);
        var entryTokens = ReadInts(reader);
        var roles = MemoryMarshal.Cast<byte, TokenRole>(ReadBytes(reader)).ToArray();
        var entryParty = ReadInts(reader);
        var kinds = MemoryMarshal.Cast<byte, EntryKind>(ReadBytes(reader)).ToArray();
        var significant = ReadBytes(reader);
        var weak = Array.ConvertAll(ReadBytes(reader), b => b != 0);
        var entries = entryParty.Length;
        var text = ReadLongString(reader);
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

        var parties = ArrayCount(reader, 1);
        var ids = new string[parties];
        for (var p = 0; p < parties; p++)
        {
            ids[p] = reader.ReadString();
        }

        var partyKinds = Array.ConvertAll(ReadBytes(reader, parties, "party kinds"), b => (PartyKind)b);
        var reviewOnly = Array.ConvertAll(ReadBytes(reader, parties, "party columns"), b => b != 0);
        var fullest = ReadBytes(reader, parties, "party columns");
        var sources = ReadCodes(reader, parties);
        var countries = ReadCodes(reader, parties);

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

        var keyBuckets = new KeyBuckets(ReadArray<ulong>(reader), ReadInts(reader), ReadInts(reader), vocabulary);
        var keystrokes = new KeystrokeTable(ReadArray<ulong>(reader), ReadInts(reader));
        if (reader.ReadString() != SnapshotWriter.Magic)
        {
            throw new InvalidDataException("The match-index snapshot has no end marker.");
        }

        var data = new IndexData
        {
            Vocabulary = vocabulary,
            Postings = postings,
            WordPostings = wordPostings,
            KeyBuckets = keyBuckets,
            KeystrokeToVocabulary = keystrokes,
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

    private static NameToken[] ReadVocabulary(BinaryReader reader)
    {
        // A token takes at least five bytes (shape, two string lengths, traits, the alternative's flag).
        var vocabulary = new NameToken[ArrayCount(reader, 5)];
        for (var i = 0; i < vocabulary.Length; i++)
        {
            var shape = (TokenShape)reader.ReadByte();
            if ((shape & ~(TokenShape.SkeletonIsSurface | TokenShape.StemIsSkeleton)) != 0)
            {
                throw new InvalidDataException("The match-index snapshot is damaged (token shape).");
            }

            var surface = reader.ReadString();
            var skeleton = (shape & TokenShape.SkeletonIsSurface) != 0 ? surface : reader.ReadString();
            var stem = (shape & TokenShape.StemIsSkeleton) != 0 ? skeleton : reader.ReadString();
            var key = reader.ReadString();
            var traits = (TokenTraits)reader.ReadByte();
            var alt = Optional(reader);
            vocabulary[i] = new NameToken(surface, surface, skeleton, stem, key, GivenNames.Lookup(skeleton), TokenRole.Unknown, traits)
            {
                AltSkeleton = alt,
                AltKey = alt is null ? null : Text.CoarseKey.Build(alt),
            };
        }

        return vocabulary;
    }
}
