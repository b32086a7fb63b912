using Vetting.Core.Watchlists;
using Vetting.Matching.Evaluation.Tests.Support;
using Vetting.Matching.Evaluation.Tests.Transliteration;

namespace Vetting.Matching.Evaluation.Tests.Lists;

/// <summary>
/// Finds a person's Cyrillic name parts: from a Cyrillic alias (curated ru/uk variations, UN original script), aligned
/// token by token to the Latin parts whatever the order; for Slavic persons without one, rebuilt from the Latin.
/// </summary>
internal static class CyrillicForms
{
    public static ListedPerson FromAliases(ListedPerson person, WatchlistEntity entity)
    {
        CyrillicName? russian = null;
        CyrillicName? ukrainian = null;
        foreach (var alias in entity.Aliases.Where(a => a.Script == NameScript.Cyrillic && a.Quality == AliasQuality.Strong))
        {
            var language = alias.Lang == "uk" ? CyrillicLanguage.Ukrainian : CyrillicLanguage.Russian;
            if (Align(person, alias.Name, language) is not { } name)
            {
                continue;
            }

            if (language == CyrillicLanguage.Ukrainian)
            {
                ukrainian ??= name;
            }
            else
            {
                russian ??= name;
            }
        }

        return person with { Cyrillic = russian ?? ukrainian, UkrainianCyrillic = ukrainian };
    }

    public static ListedPerson Complete(ListedPerson person)
    {
        if (!person.IsSlavic || person.Cyrillic is not null)
        {
            return person;
        }

        string[] latin = [person.Given, .. person.Patronymic is null ? Array.Empty<string>() : [person.Patronymic], person.Family];
        var language = LatinToCyrillic.Detect(latin.SelectMany(NameText.Tokens));
        var cyrillic = new CyrillicName(
            GivenName(person.Given, language),
            person.Patronymic is null ? null : LatinToCyrillic.Convert(person.Patronymic, language),
            LatinToCyrillic.Convert(person.Family, language),
            language,
            Reconstructed: true);
        return person with
        {
            Cyrillic = cyrillic,
            UkrainianCyrillic = language == CyrillicLanguage.Ukrainian ? cyrillic : null,
        };
    }

    /// <summary>A known given name from the lexicon (in Ukrainian form for Ukrainian names), else letter by letter.</summary>
    private static string GivenName(string latin, CyrillicLanguage language) => GivenNameLexicon.Find(latin) switch
    {
        null => LatinToCyrillic.Convert(latin, language),
        { } known when language == CyrillicLanguage.Ukrainian => GivenNameCognates.Ukrainise(known),
        { } known => known,
    };

    private static CyrillicName? Align(ListedPerson person, string alias, CyrillicLanguage language)
    {
        var tokens = NameText.Tokens(alias).Where(t => t.Any(CyrillicTransliterator.IsCyrillic)).ToList();
        if (tokens.Count < 2)
        {
            return null;
        }

        var family = Take(tokens, person.Family);
        var given = family is null ? null : Take(tokens, person.Given);
        if (family is null || given is null)
        {
            return null;
        }

        var patronymic = person.Patronymic is null ? null : Take(tokens, person.Patronymic);
        return new CyrillicName(NameText.TitleCase(given), patronymic is null ? null : NameText.TitleCase(patronymic),
            NameText.TitleCase(family), language, Reconstructed: false);
    }

    /// <summary>Removes and returns the Cyrillic token that spells <paramref name="latin"/>, if one is close enough.</summary>
    private static string? Take(List<string> tokens, string latin)
    {
        var target = LooseKey.Of(latin);
        var best = tokens
            .Select(t => (Token: t, Distance: EditDistance.Of(LooseKey.Of(t), target)))
            .OrderBy(t => t.Distance)
            .FirstOrDefault();
        if (best.Token is null || best.Distance > Math.Max(2, target.Length / 3))
        {
            return null;
        }

        tokens.Remove(best.Token);
        return best.Token;
    }
}
