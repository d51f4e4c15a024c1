using System.Text.RegularExpressions;

namespace Search.Core.Extraction;

/// <summary>A word of a paragraph for entity recognition, with a possessive "'s" already cut off.</summary>
internal readonly record struct Word(string Text, int Start, int End, int Sentence)
{
    public bool IsCapitalized => char.IsUpper(Text[0]) || char.IsDigit(Text[0]);
}

/// <summary>Splits a paragraph into <see cref="Word"/>s and tells which neighbours belong to one name.</summary>
internal static partial class WordTokenizer
{
    // A Danish or Norwegian company's form ("Norsk Hydro A/S") and a Brazilian one ("S/A") are one word, as "AG" is.
    [GeneratedRegex(@"(?:A/S|S/A)(?![\p{L}\p{N}])|(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[-‐'’][\p{L}\p{N}]+)*")]
    private static partial Regex WordPattern();

    public static List<Word> Tokenize(string text)
    {
        var sentences = Analysis.SentenceSplitter.Split(text);
        // News text runs at about six characters a word: sized once, the list is not copied as it grows.
        var words = new List<Word>(text.Length / 6 + 4);
        int sentence = 0;
        // ValueMatch and a struct word: the words of a text are its most numerous objects, so each costs only its string.
        foreach (var m in WordPattern().EnumerateMatches(text))
        {
            var value = text.AsSpan(m.Index, m.Length);
            if (value.EndsWith("’s", StringComparison.Ordinal) || value.EndsWith("'s", StringComparison.Ordinal))
                value = value[..^2];
            if (value.Length == 0) continue;
            while (sentence < sentences.Count - 1 && m.Index >= sentences[sentence].End) sentence++;
            words.Add(new Word(value.ToString(), m.Index, m.Index + value.Length, sentence));
        }
        return words;
    }

    /// <summary>
    /// True when only spaces separate word <paramref name="i"/> from the next, so both can be one name;
    /// an initial's or a short title's dot counts as a space ("Landon H. Rowland", "Gen. John Allen").
    /// </summary>
    public static bool Joined(string text, List<Word> words, int i)
    {
        if (i + 1 >= words.Count) return false;
        var gap = text.AsSpan(words[i].End, words[i + 1].Start - words[i].End).Trim();
        return gap.IsEmpty || gap is "." && (words[i].Text.Length == 1 && char.IsUpper(words[i].Text[0]) || EntityRules.DottedTitles.Contains(words[i].Text))
            || gap is "'" or "’" && words[i].Text.EndsWith('s') && (BodiesOfMembers.Contains(words[i + 1].Text)
                || Members().IsMatch(words[i].Text) && HeadOfMembersAhead(text, words, i + 1));
    }

    // Members named by what they do or are ("Citizens", "Seafarers", "Parliamentarians"), not a place ("Buenos Aires' City Council").
    [GeneratedRegex(@"(?:ers|ors|ians|ists|ens|ants|ents|ees|ses|ots)$")]
    private static partial Regex Members();

    // A plural possessive opens a body of its members' ("Chattogram Divisional Road Transport Workers' Union", "Teachers'
    // Association"), perhaps with words of its cause before the head ("Citizens' Reform Movement", a QA pass): cut at the
    // apostrophe, the name had lost its head, or its first word.
    private static bool HeadOfMembersAhead(string text, List<Word> words, int from)
    {
        for (int k = from; k < Math.Min(words.Count, from + 3); k++)
        {
            if (BodiesOfMembers.Contains(words[k].Text)) return true;
            if (!char.IsUpper(words[k].Text[0]) || k + 1 >= words.Count || !text.AsSpan(words[k].End, words[k + 1].Start - words[k].End).IsWhiteSpace()) return false;
        }
        return false;
    }

    private static readonly HashSet<string> BodiesOfMembers = new(StringComparer.Ordinal)
    {
        "Union", "Unions", "Association", "Federation", "Confederation", "Congress", "League", "Party", "Council", "Front",
        "Movement", "Alliance", "Forum", "Guild", "Syndicate", "Cooperative", "Society", "Committee", "Fund", "Club",
    };
}
