namespace Vetting.Matching.Names;

/// <summary>
/// Assigns token roles. Structure (lists only): tokens before the first comma, or capitalised tokens in a
/// mixed-case name, are the family name; then the first other token is the given name, a patronymic-form token
/// the patronymic, the rest middle names. Without structure, only a patronymic-form token in a name of three or
/// more parts is marked; everything else stays unknown.
/// </summary>
internal static class RoleAssigner
{
    public static void Assign(List<NameToken> tokens, int[] segments, bool useStructure)
    {
        var family = useStructure ? FamilyByStructure(tokens, segments) : null;
        if (family is not null)
        {
            var givenAssigned = false;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (tokens[i].IsParticle)
                {
                    continue;
                }

                TokenRole role;
                if (family[i])
                {
                    role = TokenRole.Family;
                }
                else if ((tokens[i].Traits & TokenTraits.PatronymicForm) != 0 && givenAssigned)
                {
                    role = TokenRole.Patronymic;
                }
                else if (!givenAssigned)
                {
                    role = TokenRole.Given;
                    givenAssigned = true;
                }
                else
                {
                    role = TokenRole.Middle;
                }

                if (tokens[i].Role != role)
                {
                    tokens[i] = tokens[i] with { Role = role };
                }
            }

            return;
        }

        var significant = tokens.Count(t => t.IsSignificant);
        var patronymics = tokens.Count(t => t.IsSignificant && (t.Traits & TokenTraits.PatronymicForm) != 0);
        if (significant < 3 || patronymics == 0 || patronymics == significant)
        {
            return;
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if ((tokens[i].Traits & TokenTraits.PatronymicForm) != 0 && tokens[i].IsSignificant)
            {
                tokens[i] = tokens[i] with { Role = TokenRole.Patronymic };
            }
        }
    }

    private static bool[]? FamilyByStructure(List<NameToken> tokens, int[] segments)
    {
        var flags = new bool[tokens.Count];
        var hasComma = segments.Length > 0 && segments[^1] > 0 && segments[0] == 0;
        if (hasComma)
        {
            var any = false;
            for (var i = 0; i < tokens.Count; i++)
            {
                flags[i] = segments[i] == 0 && !tokens[i].IsParticle;
                any |= flags[i];
            }

            if (any && flags.Any(f => !f))
            {
                return flags;
            }
        }

        var capitalised = 0;
        var other = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsParticle || tokens[i].IsInitial)
            {
                continue;
            }

            flags[i] = (tokens[i].Traits & TokenTraits.Capitalised) != 0;
            if (flags[i])
            {
                capitalised++;
            }
            else
            {
                other++;
            }
        }

        return capitalised > 0 && other > 0 ? flags : null;
    }
}
