using System.Globalization;

namespace Vetting.Matching.Evaluation.Tests.Generation;

/// <summary>Collects the slices in order and numbers their cases (<c>translit-iso9-0001</c>...).</summary>
internal sealed class CorpusBuilder
{
    /// <summary>Most cases per derived slice: "a few hundred where the lists allow".</summary>
    public const int PerSlice = 300;

    private readonly List<SliceDefinition> _slices = [];
    private readonly List<CorpusCase> _cases = [];
    private readonly List<string> _notes = [];

    public void Add(SliceDefinition slice, IEnumerable<CorpusCase> cases)
    {
        if (_slices.Any(s => s.Id == slice.Id))
        {
            throw new InvalidOperationException("Slice added twice: " + slice.Id);
        }

        _slices.Add(slice);
        var number = 0;
        foreach (var item in cases)
        {
            number++;
            _cases.Add(item with { Id = slice.Id + "-" + number.ToString("0000", CultureInfo.InvariantCulture), Slice = slice.Id });
        }
    }

    public void Note(string note) => _notes.Add(note);

    public Corpus Build() => new(_slices, _cases, _notes);
}
