namespace Vetting.Matching.Index;

/// <summary>
/// 64-bit FNV-1a hashes of coarse keys and of their one-deletion variants, computed without building strings.
/// A hash collision can only add vocabulary tokens to the comparison step, never a match, so the map stays exact
/// in effect while loading and probing allocate nothing.
/// </summary>
internal static class KeyHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>Marks hashes of deletion variants stored in the index, so they never equal a plain key.</summary>
    private const ulong VariantSalt = 0x9E3779B97F4A7C15UL;

    public static ulong Of(string key, bool variant = false) => OfDeletion(key, -1, variant);

    /// <summary>Hash of <paramref name="text"/> without the character at <paramref name="skip"/> (-1: none), nothing merged.</summary>
    public static ulong OfText(string text, int skip)
    {
        var hash = Offset;
        for (var i = 0; i < text.Length; i++)
        {
            if (i != skip)
            {
                hash = (hash ^ text[i]) * Prime;
            }
        }

        return hash;
    }

    /// <summary>
    /// Hash of <paramref name="key"/> without the character at <paramref name="skip"/> (-1: none). Keys never repeat
    /// a class, so when the two neighbours of the deleted class are the same they merge, as the key of the shorter
    /// name would (GONZALEZ KNSLS without L is KNS, the key of Gonzaez).
    /// </summary>
    public static ulong OfDeletion(string key, int skip, bool variant = false)
    {
        var hash = Offset;
        for (var i = 0; i < key.Length; i++)
        {
            if (i == skip || (i == skip + 1 && skip > 0 && key[i] == key[skip - 1]))
            {
                continue;
            }

            hash = (hash ^ key[i]) * Prime;
        }

        return variant ? (hash ^ VariantSalt) * Prime : hash;
    }
}
