using System.Collections.Frozen;
using Vetting.Matching.Text;

namespace Vetting.Matching.Names;

/// <summary>
/// Russian, Ukrainian, Belarusian and Western forms and diminutives of given names, looked up by skeleton.
/// Two tokens in one group are cognates (Volodymyr/Vladimir) or diminutives (Volodya/Vladimir).
/// </summary>
internal static partial class GivenNames
{
    private static readonly string[] Table = Rows();

    private static readonly FrozenDictionary<string, GivenNameRef[]> BySkeleton = BuildLookup();

    private static readonly string[] Names = Table.Select(row => row.Split('|')[0].Trim().Split(' ')[0]).ToArray();

    public static int GroupCount => Table.Length;

    public static GivenNameRef[] Lookup(string skeleton) =>
        BySkeleton.TryGetValue(skeleton, out var refs) ? refs : [];

    /// <summary>Russian name of the group (for explanations).</summary>
    public static string NameOf(int group) => Names[group];

    private static FrozenDictionary<string, GivenNameRef[]> BuildLookup()
    {
        var map = new Dictionary<string, List<GivenNameRef>>(StringComparer.Ordinal);
        for (var group = 0; group < Table.Length; group++)
        {
            var columns = Table[group].Split('|');
            for (var column = 0; column < columns.Length; column++)
            {
                var form = (GivenNameForm)column;
                var language = form switch
                {
                    GivenNameForm.Ukrainian => CyrillicLanguage.Ukrainian,
                    GivenNameForm.Belarusian => CyrillicLanguage.Belarusian,
                    _ => CyrillicLanguage.Russian,
                };
                foreach (var spelling in columns[column].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    var skeleton = PhoneticSkeleton.Build(spelling.ToLowerInvariant(), language);
                    if (!map.TryGetValue(skeleton, out var list))
                    {
                        map[skeleton] = list = [];
                    }

                    if (!list.Exists(r => r.Group == group))
                    {
                        list.Add(new GivenNameRef(group, form));
                    }
                }
            }
        }

        return map.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }
}
