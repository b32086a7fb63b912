using System.Globalization;
using System.Security.Cryptography;
using Vetting.Core.Watchlists;
using Vetting.Watchlists.Versions;

namespace Vetting.Watchlists.Importing;

/// <summary>
/// Imports one list: detects its format, streams it through its reader into a new stored version, then activates it
/// unless it is unchanged or implausibly smaller. Any failure leaves the active version as it was.
/// </summary>
public sealed class WatchlistImporter(FileWatchlistStore store, TimeProvider timeProvider)
{
    /// <exception cref="WatchlistFormatException">The input cannot be read; nothing was stored.</exception>
    public ImportOutcome Import(ImportRequest request, CancellationToken cancellationToken)
    {
        var (format, input) = WatchlistFormatDetector.Resolve(request.Path, request.Format);
        var reader = WatchlistReaders.For(format);
        var hash = HashFiles(input);
        var context = new ImportContext(request.Source);

        using var writer = store.BeginVersion();
        try
        {
            foreach (var entity in reader.Read(input, context, cancellationToken))
            {
                if (!writer.TryAdd(entity))
                {
                    throw new WatchlistFormatException(input.MainFile, $"duplicate entity id '{entity.Id}'");
                }
            }
        }
        catch (IOException ex) when (ex is not FileNotFoundException)
        {
            throw new WatchlistFormatException(input.MainFile, "could not be read: " + ex.Message, inner: ex);
        }

        var source = writer.Source ?? context.ResolveSource("unknown");
        if (writer.EntityCount == 0)
        {
            throw new WatchlistFormatException(input.MainFile, "the list holds no entities");
        }

        using var sourceLock = store.AcquireLock(source);
        var previous = store.GetActive(source);
        if (previous is not null && previous.ContentSha256 == hash && previous.Format == format.ToString())
        {
            return new ImportOutcome(ImportStatus.Unchanged, previous, previous, context.Warnings);
        }

        var now = timeProvider.GetUtcNow();
        var version = new WatchlistVersion
        {
            Source = source,
            VersionId = NextVersionId(source, now),
            Format = format.ToString(),
            ImportedAt = now,
            PublisherDate = context.PublisherDate ?? request.AsOfFallback,
            ContentSha256 = hash,
            EntityCount = writer.EntityCount,
            NameCount = writer.NameCount,
            CountsByKind = new Dictionary<string, int>(writer.CountsByKind),
            Files = input.AllFiles.Select(Path.GetFileName).OfType<string>().ToList(),
            WarningCount = context.WarningCount,
            SkippedRecords = context.SkippedRecords,
            Origin = request.Origin,
        };
        store.Commit(writer, version);
        sourceLock.Dispose();

        if (previous is not null && !request.Force && version.EntityCount < previous.EntityCount * (1 - request.MaxShrink))
        {
            return new ImportOutcome(ImportStatus.RefusedShrink, version, previous, context.Warnings);
        }

        store.Activate(source, version.VersionId, request.Origin);
        return new ImportOutcome(ImportStatus.Activated, version, previous, context.Warnings);
    }

    /// <summary>
    /// <c>{sequence}-{imported at}</c>: sorts in import order even when two imports fall in the same second or the
    /// clock moves back. Called under the source lock.
    /// </summary>
    private string NextVersionId(string source, DateTimeOffset now)
    {
        var last = store.ListVersions(source)
            .Select(v => int.TryParse(v.VersionId.AsSpan(0, Math.Max(0, v.VersionId.IndexOf('-', StringComparison.Ordinal))), CultureInfo.InvariantCulture, out var n) ? n : 0)
            .DefaultIfEmpty(0)
            .Max();
        return string.Create(CultureInfo.InvariantCulture, $"{last + 1:D4}-{now:yyyyMMdd'T'HHmmss'Z'}");
    }

    private static string HashFiles(WatchlistInput input)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        foreach (var file in input.AllFiles)
        {
            using var stream = File.OpenRead(file);
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                sha.AppendData(buffer, 0, read);
            }
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
