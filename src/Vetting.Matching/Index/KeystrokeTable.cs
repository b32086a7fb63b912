namespace Vetting.Matching.Index;

/// <summary>Keystroke-neighbourhood hashes, sorted, with the vocabulary id of each (two flat arrays, no per-key objects).</summary>
internal sealed record KeystrokeTable(ulong[] Hashes, int[] Ids)
{
    /// <summary>Index of the first entry with <paramref name="hash"/>, or where it would be.</summary>
    public int First(ulong hash)
    {
        int lo = 0, hi = Hashes.Length;
        while (lo < hi)
        {
            var mid = (int)((uint)(lo + hi) >> 1);
            if (Hashes[mid] < hash)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
