namespace Vetting.Matching.Index;

/// <summary>
/// The listed text of every entry, kept as one string with offsets (a million names load as one allocation, not a
/// million); names the list gave in parts keep their <see cref="ListedName"/>, since explanations re-read the parts.
/// </summary>
internal sealed class EntryNameTable
{
    private readonly string _text;
    private readonly int[] _offsets;
    private readonly Dictionary<int, ListedName> _withParts;

    public EntryNameTable(string text, int[] offsets, Dictionary<int, ListedName> withParts)
    {
        if (offsets.Length == 0 || offsets[0] != 0 || offsets[^1] != text.Length)
        {
            throw new InvalidDataException("The entry name table is damaged (offsets).");
        }

        for (var i = 1; i < offsets.Length; i++)
        {
            if (offsets[i] < offsets[i - 1])
            {
                throw new InvalidDataException("The entry name table is damaged (offsets).");
            }
        }

        _text = text;
        _offsets = offsets;
        _withParts = withParts;
    }

    public int Count => _offsets.Length - 1;

    /// <summary>All texts joined (for snapshots).</summary>
    public string Text => _text;

    public IReadOnlyList<int> Offsets => _offsets;

    public IReadOnlyDictionary<int, ListedName> WithParts => _withParts;

    public ListedName this[int entry] =>
        _withParts.TryGetValue(entry, out var name) ? name : new ListedName(_text[_offsets[entry].._offsets[entry + 1]]);

    public static EntryNameTable From(IReadOnlyList<ListedName> names)
    {
        // Exact size up front: at a million names a growing builder would hold the text about three times over.
        var offsets = new int[names.Count + 1];
        var withParts = new Dictionary<int, ListedName>();
        for (var i = 0; i < names.Count; i++)
        {
            offsets[i + 1] = checked(offsets[i] + names[i].Text.Length);
            if (names[i].Given is not null || names[i].Middle is not null || names[i].Patronymic is not null || names[i].Family is not null)
            {
                withParts[i] = names[i];
            }
        }

        var text = string.Create(offsets[^1], names, static (chars, names) =>
        {
            var at = 0;
            foreach (var name in names)
            {
                name.Text.CopyTo(chars[at..]);
                at += name.Text.Length;
            }
        });
        return new EntryNameTable(text, offsets, withParts);
    }
}
