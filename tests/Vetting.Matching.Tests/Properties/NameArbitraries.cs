using FsCheck;
using FsCheck.Fluent;

namespace Vetting.Matching.Tests.Properties;

/// <summary>A name made of 1–4 tokens drawn from real names in several scripts and random letter strings.</summary>
public sealed record NameTokens(string[] Tokens)
{
    public string Text => string.Join(' ', Tokens);

    public override string ToString() => Text;
}

/// <summary>Generators for the property tests.</summary>
public static class NameArbitraries
{
    private static readonly string[] Pool =
    [
        "Sergey", "Serhii", "Сергей", "Aksyonov", "Аксёнов", "Aksenov", "Valeryevich", "Heorhii", "Georgiy", "Muradov",
        "Volodymyr", "Vladimir", "Konstantinov", "Andreyevich", "Natalia", "Poklonskaya", "Poklonska", "Pushilin",
        "Denis", "Ayman", "al", "Zawahiri", "أيمن", "الظواهري", "bin", "Çubarov", "Refat", "Dzhemilev", "S.", "Dr.",
        "Ivanova", "Sasha", "Oleksandr", "O'Brien", "Kasym-Zhomart", "Müller", "Guéorgui", "Ilyich", "Zyma",
    ];

    private static readonly Gen<string> RandomWord =
        Gen.Elements("abcdefghijklmnopqrstuvwxyzабвгдежзийклмнопрстуфхцчшщыьэюяієї".ToCharArray())
            .ArrayOf()
            .Where(chars => chars.Length is > 1 and < 12)
            .Select(chars => new string(chars));

    private static readonly Gen<string> Word = Gen.Frequency((3, Gen.Elements(Pool)), (1, RandomWord));

    public static Arbitrary<NameTokens> Names() =>
        Gen.Choose(1, 4).SelectMany(n => Word.ArrayOf(n)).Select(tokens => new NameTokens(tokens)).ToArbitrary();

    /// <summary>Arbitrary text including controls, bidi marks, look-alikes and surrogates, for normalisation.</summary>
    public static Arbitrary<string> Text() =>
        Gen.Elements(
                "Aa Bb Сс Оо Рр \u202E\u200B\u00A0\t\n,.-'’«»\"\u0301\u0308ß ǅ ﬁ İ ı Ǆ ẞ Ω ο ё й ї є ğ ş ç \uD83D\uDE00 \uD800 ١ ال 0 9".ToCharArray())
            .ArrayOf()
            .Select(chars => new string(chars))
            .ToArbitrary();
}
