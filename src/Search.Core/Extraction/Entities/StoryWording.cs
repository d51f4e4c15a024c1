namespace Search.Core.Extraction;

/// <summary>
/// What a story's mixed-case paragraphs say about a known name matched elsewhere in it. A shouted headline has no
/// capitals to read, and a company's short alias may open another company's name, so the story's own wording decides:
/// the organizations it names in full ("Pacific Stock Exchange", "Getty Oil Co") and the words it writes in lower case
/// where capitals mark names ("miners who were trapped").
/// </summary>
/// <remarks>Read on first use, and only as far as asked: most matches are never in doubt.</remarks>
internal sealed class StoryWording(IReadOnlyList<Paragraph> paragraphs)
{
    private readonly SeaWording _seas = new(paragraphs);
    private List<string[]>? _organizations;

    // The organizations the story names in mixed case, as their words' keys.
    private List<string[]> Organizations()
    {
        if (_organizations != null) return _organizations;
        _organizations = [];
        foreach (var paragraph in paragraphs.Where(p => !p.IsMostlyUpperCase))
            foreach (var (start, end) in paragraph.Runs)
                if (PhraseClassifier.IsOrganizationName(paragraph.Words, start, end))
                    _organizations.Add(paragraph.Words.GetRange(start, end - start).Select(w => Key(w.Text)).ToArray());
        return _organizations;
    }

    /// <summary>
    /// True when a match is no mention of its entry in this story: a one-word name in a shouted paragraph that the story
    /// writes only as a common word ("WHO" in "MINERS WHO WERE TRAPPED"), or a short alias that is the first word of its
    /// entry's name ("Pacific" of the Pacific Ocean, "Getty" of Getty Images) and stands in part of an organization's name the
    /// story writes ("PACIFIC STOCK EXCHANGE" in a headline, "Security Pacific's results" after "Security Pacific Corp"), or
    /// opens another ("Getty" where the story names "Getty Oil Co"); or a sea's short name that is no sea (<see cref="SeaWording"/>).
    /// </summary>
    /// <remarks>A full name ("GHANA COCOA PURCHASES", of the Ghana Cocoa Board) stays a mention: only a shortened name is in doubt.</remarks>
    public bool Disowns(GazetteerEntry entry, int start, int end, Paragraph paragraph)
    {
        if (end - start != 1) return false;
        string word = paragraph.Words[start].Text;
        bool shouted = paragraph.IsMostlyUpperCase, shortened = IsFirstWordOfName(entry, word);
        if (shouted && WrittenAsCommonWord(word)) return true;
        if (shortened && SeaWording.IsSea(entry)) return !_seas.StandsForSea(entry, paragraph, start);
        if (shortened) return InsideOrganization(entry, paragraph, start, end) || OpensAnotherOrganization(entry, word);
        // Any one-word alias of a longer name ("Rada" of the Verkhovna Rada) is no mention where the story names a company
        // opening with it ("Rada Corp Ltd", "Rada Electronic Industries Ltd").
        return entry.Type == EntityType.Organization && entry.Name.Contains(' ') && !entry.Name.Equals(word, StringComparison.OrdinalIgnoreCase)
            && OpensAnotherOrganization(entry, word, companiesOnly: true);
    }

    private static bool IsFirstWordOfName(GazetteerEntry entry, string word) =>
        FirstWordKeys.GetValue(entry, FirstWordKey).Value is { } first && first == Key(word);

    // Asked of every match of every story: each entry's first word is keyed once, and only a name of several words has one.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<GazetteerEntry, System.Runtime.CompilerServices.StrongBox<string?>> FirstWordKeys = new();

    private static System.Runtime.CompilerServices.StrongBox<string?> FirstWordKey(GazetteerEntry entry)
    {
        string[] canonical = entry.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return new(canonical.Length > 1 ? Key(canonical[0]) : null);
    }

    // Written in lower case, and never with a capital inside a sentence, in the paragraphs that capitalise names. A story
    // written wholly in lower case ("usda said it ...", "credit from japan's eximbank") tells nothing of a word's case: only a
    // paragraph that writes some name as "Name" inside a sentence does.
    private bool WrittenAsCommonWord(string word)
    {
        bool lower = false;
        foreach (var paragraph in paragraphs)
        {
            if (paragraph.IsMostlyUpperCase || !CapitalizesInsideSentences(paragraph)) continue;
            var words = paragraph.Words;
            for (int i = 0; i < words.Count; i++)
            {
                if (!string.Equals(words[i].Text, word, StringComparison.OrdinalIgnoreCase)) continue;
                if (char.IsLower(words[i].Text[0])) lower = true;
                else if (!OpensSentence(words, i)) return false;
            }
        }
        return lower;
    }

    // The match and the words around it spell out part of an organization's name the story writes, longer than the match.
    private bool InsideOrganization(GazetteerEntry entry, Paragraph paragraph, int start, int end)
    {
        var words = paragraph.Words;
        foreach (string[] name in Organizations())
        {
            // "Chevron Corp" is Chevron itself, not a longer name holding it.
            if (IsOwnName(entry, WithoutCompanyForm(name))) continue;
            for (int k = 0; k < name.Length; k++)
            {
                if (name[k] != Key(words[start].Text)) continue;
                int from = start, nameFrom = k;
                while (from > 0 && nameFrom > 0 && Key(words[from - 1].Text) == name[nameFrom - 1]) (from, nameFrom) = (from - 1, nameFrom - 1);
                int to = start + 1, nameTo = k + 1;
                while (to < words.Count && nameTo < name.Length && Key(words[to].Text) == name[nameTo]) (to, nameTo) = (to + 1, nameTo + 1);
                if (to >= end && to - from > end - start) return true;
            }
        }
        return false;
    }

    // A place's short name opening a company's ("Pacific" in "Pacific Basin Corp") is read by the organization rules
    // paragraph by paragraph: the Pacific is still the Pacific elsewhere in the story.
    private bool OpensAnotherOrganization(GazetteerEntry entry, string word, bool companiesOnly = false)
    {
        if (entry.Type != EntityType.Organization) return false;
        string key = Key(word);
        return Organizations().Any(name => name.Length > 1 && name[0] == key && !IsOwnName(entry, WithoutCompanyForm(name))
            && (!companiesOnly || CompanyForms.Contains(name[^1])));
    }

    /// <summary>
    /// Whether a name the story writes, without its company form, is the entry's own: its canonical name or one of its names
    /// of several words, without theirs ("Chevron Corp" of Chevron Corporation, "Toyota Corp" of Toyota), or opening with one
    /// of two words or more ("Amnesty International USA"). A short alias is no such name: "CBS Inc" is not CBS News, "Hyundai
    /// Corp" not Hyundai Motor Company, nor "Rada Corp Ltd" the Verkhovna Rada.
    /// </summary>
    private static bool IsOwnName(GazetteerEntry entry, string[] bare) =>
        entry.Type == EntityType.Organization && entry.AllNames
            .Select(n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where((words, i) => i == 0 || words.Length > 1)
            .Select(words => WithoutCompanyForm(words.Select(Key).ToArray()))
            .Any(own => own.Length > 1 ? bare.AsSpan().StartsWith(own) : bare.AsSpan().SequenceEqual(own));

    /// <summary>Whether the words of a company's name the text writes are the entry's own name (<see cref="IsOwnName"/>).</summary>
    public static bool Owns(GazetteerEntry entry, IEnumerable<string> words) => IsOwnName(entry, WithoutCompanyForm(words.Select(Key).ToArray()));

    // "Chevron Corp" is the gazetteer's Chevron Corporation and "Hyundai Motor Co" its Hyundai Motor Company: a company's
    // form says nothing of which company it is.
    private static readonly HashSet<string> CompanyForms = new(StringComparer.Ordinal)
    {
        "co", "company", "corp", "corporation", "inc", "incorporated", "ltd", "limited", "plc", "ag", "sa", "nv", "llc", "a/s", "s/a", "group", "holdings",
    };

    private static string[] WithoutCompanyForm(string[] name)
    {
        int length = name.Length;
        while (length > 1 && CompanyForms.Contains(name[length - 1])) length--;
        return length == name.Length ? name : name[..length];
    }

    private static bool CapitalizesInsideSentences(Paragraph paragraph)
    {
        var words = paragraph.Words;
        for (int i = 0; i < words.Count; i++)
            if (char.IsUpper(words[i].Text[0]) && words[i].Text.Any(char.IsLower) && !OpensSentence(words, i)) return true;
        return false;
    }

    private static bool OpensSentence(List<Word> words, int i) => i == 0 || words[i - 1].Sentence != words[i].Sentence;

    private static string Key(string word) => NameKey.Of(word);
}
