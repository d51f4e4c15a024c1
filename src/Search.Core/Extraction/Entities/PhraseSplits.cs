namespace Search.Core.Extraction;

/// <summary>
/// The runs of a paragraph that hold several names, split before they are classified: a person and the body after "of"
/// ("Ward McCarthy of Merrill Lynch Inc", "Sichone of the Alliance for Change"), a post and its body ("Deputy Governor of the
/// Bank of Japan"), and two bodies joined by "and" ("IMF and World Bank").
/// </summary>
internal sealed partial class PhraseClassifier
{
    // "Ward McCarthy of Merrill Lynch Economics Inc": a person's name, "of", an organization.
    private bool SplitsAtAffiliation(int start, int end)
    {
        int of = Enumerable.Range(start, end - start).FirstOrDefault(k => Words[k].Text == "of", -1);
        if (of < 0 || EntityRules.OrganizationHeads.Contains(Words[start].Text)) return false;
        // "President of the Brazilian Coffee Institute", "Deputy Governor of the Bank of Japan": a post, not a body's name.
        if (of > start && Enumerable.Range(start, of - start).All(k => EntityRules.Titles.Contains(Words[k].Text)))
        {
            int body = of + 1 < end && Words[of + 1].Text == "the" ? of + 2 : of + 1;
            if (body < end) Classify(body, end);
            return true;
        }
        // "of the U.S. Agriculture and Commerce Departments": the body is what follows "the"; "the East Coast of the U.S." is no body.
        int org = of + 1 < end && Words[of + 1].Text == "the" ? of + 2 : of + 1;
        bool orgAfter = IsOrganizationName(Words, org, end) || (org == of + 1 ? AllCovered(org, end) : paragraph.KnownName(org, end, EntityType.Organization));
        // Of a known place, a name is a person's only by a cue of its own: "Representative Todd Akin of Missouri", but "the Gulf
        // Emirate of Fujairah" is none.
        if (!orgAfter) return false;
        // "Sichone of the Alliance for Change": the surname of the one person the story named in full, and that person's party.
        if (of == start + 1 && !Covered(start) && OnePersonOfSurname(Words[start].Text) is { } person) found.Add(EntityType.Person, person, Words[start].Text);
        else if (!TryPerson(start, of, affiliated: !paragraph.KnownName(org, end, EntityType.Place))) return false;
        Classify(org, end);
        return true;
    }

    private string? OnePersonOfSurname(string word) =>
        found.People().Where(p => p.Contains(' ') && NameKey.Of(p.Split(' ')[^1]) == NameKey.Of(word)).Take(2).ToList() is [var one] ? one : null;

    // "Morgan Stanley and Co Inc and Salomon Brothers Inc": split after an organization head. Also between a known
    // organization and a known name or an organization ("IMF and World Bank", "Group of Seven and Canada"), and between two
    // chambers ("House and Senate"): each was read as one organization of the joined words.
    private bool SplitsBetweenOrganizations(int start, int end)
    {
        for (int k = start + 1; k < end - 1; k++)
        {
            if (Words[k].Text != "and" || EntityRules.ContinuesAName([.. Words.Skip(k + 1).Take(end - k - 1).Select(w => w.Text)])) continue;
            // "ODU-Kontact GmbH and Co" is one company: a bare company form after "and" is not a second one.
            // "Bank of Bahrain and Kuwait" is one bank: places on both sides of "and" are one list.
            bool split = IsOrganizationName(Words, start, k) && (end - k - 1 >= 2 && !ContinuesABodysName(start, k, end)
                    || paragraph.KnownName(k + 1, end, type: null) && paragraph.Known[k - 1] is not { Type: EntityType.Place })
                || paragraph.KnownName(start, k, EntityType.Organization) && (paragraph.KnownName(k + 1, end, type: null) || IsOrganizationName(Words, k + 1, end) && !paragraph.CompanyFormsOnly(k + 1, k + 2))
                || k - start == 1 && end - k == 2 && EntityRules.Chambers.Contains(Words[start].Text) && EntityRules.Chambers.Contains(Words[k + 1].Text);
            if (!split) continue;
            Classify(start, k);
            Classify(k + 1, end);
            return true;
        }
        return false;
    }

    // "Agency for Protection and Development of Competition" is one body: after a name that opens with its head ("Agency
    // for", "Ministry of"), words with no head or known name of their own continue it. "Morgan Stanley and Co Inc and Salomon
    // Brothers Inc" is still two: each side ends in its head; and so is "United Bank of Arizona and Security Pacific", whose
    // first name ends in its place.
    // A firm's ending after "and" ("Management", "Insurance") continues a body's name ("National Office for Risk and Disaster
    // Management" was two organizations, "National Office for Risk" and "Disaster Management"); a body's head does not.
    private bool ContinuesABodysName(int start, int and, int end) =>
        HeadOf(Words, start, and) is var head && head >= 0 && head < and - 1
        && (!IsOrganizationName(Words, and + 1, end) || FirmNames.Endings.Contains(Words[end - 1].Text) && !EntityRules.OrganizationHeads.Contains(Words[end - 1].Text))
        && paragraph.Known[and - 1] is not { Type: EntityType.Place }
        && !Enumerable.Range(and + 1, end - and - 1).Any(Covered);
}
