using System.Collections.Frozen;

namespace Vetting.Matching.Evaluation.Tests.Transliteration;

/// <summary>
/// The research doc §4 tables, one row per system. Each row lists the renderings of
/// <c>абвгдеёжзийклмнопрстуфхцчшщъыьэюя</c> and then of the Ukrainian <c>іїєґ</c>, space separated; <c>_</c> means
/// "not written". Context rules (initial, after a vowel...) and word endings (-ий) follow each row.
/// </summary>
internal static class TransliterationTables
{
    public const string Letters = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ";

    public static FrozenDictionary<CyrillicSystem, TransliterationTable> All { get; } = new Dictionary<CyrillicSystem, TransliterationTable>
    {
        [CyrillicSystem.Iso9] = Table("a b v g d e ë ž z i j k l m n o p r s t u f h c č š ŝ ʺ y ʹ è û â ì ï ê g\u0300"),
        [CyrillicSystem.GostB] = Table("a b v g d e yo zh z i j k l m n o p r s t u f x cz ch sh shh `` y' ` e' yu ya i yi ye g`")
            .With('ц', new LetterRendering("cz") { BeforeFrontVowel = "c" }),
        [CyrillicSystem.BgnPcgn] = Table("a b v g d e ë zh z i y k l m n o p r s t u f kh ts ch sh shch ” y ’ e yu ya i yi ye g")
            .With('е', new LetterRendering("e") { Initial = "ye", AfterVowel = "ye" })
            .With('ё', new LetterRendering("ë") { Initial = "yë", AfterVowel = "yë" }),
        [CyrillicSystem.Icao9303] = Table("a b v g d e e zh z i i k l m n o p r s t u f kh ts ch sh shch ie y _ e iu ia i i ie g"),
        [CyrillicSystem.Icao2010] = Table("a b v g d e e zh z i i k l m n o p r s t u f kh tc ch sh shch ie y _ e iu ia i i ie g"),
        [CyrillicSystem.Ukraine2010] = Table("a b v h d e io zh z y i k l m n o p r s t u f kh ts ch sh shch _ y _ e iu ia i i ie g")
            .With('ё', new LetterRendering("io") { Initial = "yo" })
            .With('й', new LetterRendering("i") { Initial = "y" })
            .With('ю', new LetterRendering("iu") { Initial = "yu" })
            .With('я', new LetterRendering("ia") { Initial = "ya" })
            .With('ї', new LetterRendering("i") { Initial = "yi" })
            .With('є', new LetterRendering("ie") { Initial = "ye" })
            .WithPair("зг", "zgh"),
        [CyrillicSystem.German] = Table("a b w g d e jo sch s i j k l m n o p r s t u f ch z tsch sch schtsch _ y _ e ju ja i ji je g")
            .With('е', new LetterRendering("e") { Initial = "je", AfterVowel = "je" })
            .With('ё', new LetterRendering("jo") { AfterSibilant = "o" })
            .With('с', new LetterRendering("s") { BetweenVowels = "ss" })
            .WithEnding("ий", "i").WithEnding("ый", "y").WithEnding("ай", "ai").WithEnding("ой", "oi"),
        [CyrillicSystem.French] = Table("a b v g d e io j z i ï k l m n o p r s t ou f kh ts tch ch chtch _ y _ e iou ia i ï ie g")
            .With('г', new LetterRendering("g") { BeforeFrontVowel = "gu" })
            .With('е', new LetterRendering("e") { AfterVowel = "ie", BeforeVowel = "é" })
            .With('ё', new LetterRendering("io") { AfterSibilant = "o" })
            .With('с', new LetterRendering("s") { BetweenVowels = "ss" })
            .WithEnding("ий", "i").WithEnding("ый", "y"),
    }.ToFrozenDictionary();

    private static TransliterationTable Table(string row)
    {
        var cells = row.Split(' ');
        if (cells.Length != Letters.Length)
        {
            throw new InvalidOperationException($"A table row needs {Letters.Length} cells, got {cells.Length}: {row}");
        }

        var letters = new Dictionary<char, LetterRendering>();
        for (var i = 0; i < Letters.Length; i++)
        {
            letters[Letters[i]] = new LetterRendering(cells[i] == "_" ? string.Empty : cells[i]);
        }

        return new TransliterationTable(letters, new Dictionary<string, string>(), new Dictionary<string, string>());
    }
}
