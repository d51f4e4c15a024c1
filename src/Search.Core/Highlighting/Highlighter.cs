using Search.Core.Analysis;

namespace Search.Core.Highlighting;

/// <summary>A highlighted snippet: safe HTML, the 1-based paragraph it comes from and that paragraph's text-derived anchor.</summary>
public sealed record Snippet(string Html, int Paragraph)
{
    public string Anchor { get; init; } = "";
}

/// <summary>
/// Makes snippets from a stored text and its term matches (read from the postings by
/// <see cref="TermOffsetsReader"/>): candidate passages are sentences with matches, widened with
/// neighbouring sentences of the same paragraph toward <see cref="MinLength"/>–<see cref="MaxLength"/>
/// characters or cut around the matches when a sentence is longer; <see cref="PassageScorer"/> ranks
/// them; the best non-overlapping ones are returned in text order and formatted by <see cref="SnippetFormatter"/>.
/// </summary>
internal static class Highlighter
{
    public const int MinLength = 150;
    public const int MaxLength = 250;

    /// <summary>How much a caption's passages count against the story's own.</summary>
    private const float CaptionRank = 0.2f;

    /// <summary>How far before the first match a long sentence is cut, so the match has some context.</summary>
    private const int LeadIn = 60;

    /// <summary>
    /// Snippets are chosen from the first this many characters of a text, so a hit's cost is bounded
    /// whatever the article's length (Lucene's PostingsHighlighter bounds it the same way, at 10,000). A
    /// long news story is about 30,000 characters; the article page still marks the whole text.
    /// </summary>
    public const int MaxScanChars = 100_000;

    /// <summary>Up to <paramref name="maxPassages"/> best snippets; the lead passage, unmarked, when nothing matches.</summary>
    public static IReadOnlyList<Snippet> Snippets(string text, IReadOnlyList<TermMatch> matches, int maxPassages, Func<string, float> weight)
    {
        var paragraphs = Paragraphs(text, MaxScanChars);
        if (paragraphs.Count == 0 || maxPassages <= 0) return [];
        matches = SortedMatches.Before(matches, MaxScanChars);
        var candidates = new List<Passage>();
        for (int p = 0; p < paragraphs.Count; p++)
        {
            // Only paragraphs holding a match are split into sentences: the cost follows the matches, not the article's length.
            if (!SortedMatches.AnyStartIn(matches, paragraphs[p].Start, paragraphs[p].End)) continue;
            var sentences = SentenceSplitter.Split(text, paragraphs[p].Start, paragraphs[p].End);
            // A photo caption or credit describes a picture, not the story: it is a snippet only when nothing else matches.
            float rank = Ingestion.Text.PhotoCaption.IsCaptionOrCredit(text[paragraphs[p].Start..paragraphs[p].End]) ? CaptionRank : 1;
            for (int s = 0; s < sentences.Count; s++)
            {
                if (!SortedMatches.AnyStartIn(matches, sentences[s].Start, sentences[s].End)) continue;
                var passage = Fit(text, sentences, s, p + 1, matches);
                candidates.Add(passage with { Score = rank * PassageScorer.Score(passage, weight), Rank = rank });
            }
        }

        var chosen = Chosen(candidates, maxPassages, weight);
        if (chosen.Count == 0)
        {
            int first = LeadParagraph(text, paragraphs);
            var lead = SentenceSplitter.Split(text, paragraphs[first].Start, paragraphs[first].End);
            if (lead.Count > 0) chosen.Add(Fit(text, lead, 0, first + 1, []));
        }
        return chosen.OrderBy(c => c.Span.Start)
            .Select(c => new Snippet(SnippetFormatter.Format(text, c.Span, c.Matches, c.CutStart, c.CutEnd), c.Paragraph))
            .ToList();
    }

    /// <summary>How much a word already shown in a snippet counts toward the next, and a paragraph already shown.</summary>
    private const float ShownWord = 0.1f, ShownParagraph = 0.5f;

    // The best passages one by one, each scored by what the ones before did not show: a search by "beheaded" and a person
    // showed three passages naming the person and none with the word, and two halves of one paragraph under one link.
    private static List<Passage> Chosen(List<Passage> candidates, int maxPassages, Func<string, float> weight)
    {
        var chosen = new List<Passage>();
        var shownWords = new HashSet<string>(StringComparer.Ordinal);
        var shownParagraphs = new HashSet<int>();
        float Weight(string term) => shownWords.Contains(term) ? ShownWord * weight(term) : weight(term);
        while (chosen.Count < maxPassages)
        {
            Passage? best = null;
            float bestScore = 0;
            foreach (var candidate in candidates.OrderBy(c => c.Span.Start))
            {
                if (chosen.Any(candidate.Overlaps)) continue;
                float score = chosen.Count == 0 ? candidate.Score
                    : candidate.Rank * PassageScorer.Score(candidate, Weight) * (shownParagraphs.Contains(candidate.Paragraph) ? ShownParagraph : 1);
                if (best == null || score > bestScore) (best, bestScore) = (candidate, score);
            }
            if (best == null) break;
            chosen.Add(best);
            shownWords.UnionWith(best.Matches.Select(m => m.Term));
            shownParagraphs.Add(best.Paragraph);
        }
        return chosen;
    }

    /// <summary>
    /// Fewest words of a paragraph that leads an unmatched hit, or of one that ends as a sentence does: fewer is a dateline
    /// ("Moscow") or a heading.
    /// </summary>
    private const int LeadWords = 8, LeadSentenceWords = 4;

    // The story's first paragraph of prose among its first few: a dateline, a heading or a caption says nothing of it.
    private static int LeadParagraph(string text, IReadOnlyList<TextSpan> paragraphs)
    {
        for (int p = 0; p < Math.Min(paragraphs.Count, 10); p++)
        {
            var span = text.AsSpan(paragraphs[p].Start, paragraphs[p].End - paragraphs[p].Start);
            int words = WordCount(span.TrimEnd());
            bool sentence = span.TrimEnd().Length > 0 && ".!?\"”’".Contains(span.TrimEnd()[^1]);
            if ((words >= LeadWords || (sentence && words >= LeadSentenceWords)) && !Ingestion.Text.PhotoCaption.IsCaptionOrCredit(span.ToString())) return p;
        }
        return 0;
    }

    private static int WordCount(ReadOnlySpan<char> text)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool letter = char.IsLetterOrDigit(c);
            if (letter && !inWord) words++;
            inWord = letter;
        }
        return words;
    }

    /// <summary>Every paragraph of the text as HTML with all matches marked, for the article page.</summary>
    public static IReadOnlyList<string> MarkAll(string text, IReadOnlyList<TermMatch> matches) =>
        Paragraphs(text).Select(span => SnippetFormatter.Format(text, span, SortedMatches.Within(matches, span.Start, span.End))).ToList();

    /// <summary>
    /// A paragraph as HTML for the article page: each sentence in a <c>span</c> whose id is its anchor (safe:
    /// anchors are letters, digits and hyphens), the text between sentences kept, all matches marked (a
    /// match is one word, even within a phrase, so it falls inside one sentence).
    /// </summary>
    public static string MarkSentences(string text, TextSpan paragraph, IEnumerable<(string Anchor, TextSpan Span)> sentences, IReadOnlyList<TermMatch> matches)
    {
        var html = new System.Text.StringBuilder(paragraph.Length + 64);
        int at = paragraph.Start;
        foreach (var (anchor, span) in sentences)
        {
            if (span.Start > at) html.Append(System.Net.WebUtility.HtmlEncode(text[at..span.Start]));
            html.Append("<span class=\"sentence\" id=\"").Append(anchor).Append("\">")
                .Append(SnippetFormatter.Format(text, span, SortedMatches.Within(matches, span.Start, span.End)))
                .Append("</span>");
            at = span.End;
        }
        if (at < paragraph.End) html.Append(System.Net.WebUtility.HtmlEncode(text[at..paragraph.End]));
        return html.ToString();
    }

    /// <summary>A short text (a title) as HTML with all matches marked.</summary>
    public static string MarkWhole(string text, IReadOnlyList<TermMatch> matches) =>
        SnippetFormatter.Format(text, new TextSpan(0, text.Length), matches);

    /// <summary>Paragraph spans of a stored body (paragraphs joined by a blank line), those starting before <paramref name="limit"/>.</summary>
    public static IReadOnlyList<TextSpan> Paragraphs(string text, int limit = int.MaxValue)
    {
        var spans = new List<TextSpan>();
        int start = 0;
        while (start <= text.Length && start < limit)
        {
            int end = text.IndexOf("\n\n", start, StringComparison.Ordinal);
            if (end < 0) end = text.Length;
            if (end > start) spans.Add(new TextSpan(start, end));
            start = end + 2;
        }
        return spans;
    }

    private static Passage Fit(string text, IReadOnlyList<TextSpan> sentences, int index, int paragraph, IReadOnlyList<TermMatch> matches)
    {
        var sentence = sentences[index];
        if (sentence.Length > MaxLength) return Cut(text, sentence, paragraph, matches);
        int first = index, last = index;
        while (sentences[last].End - sentences[first].Start < MinLength)
        {
            if (last + 1 < sentences.Count && sentences[last + 1].End - sentences[first].Start <= MaxLength) last++;
            else if (first > 0 && sentences[last].End - sentences[first - 1].Start <= MaxLength) first--;
            else break;
        }
        var span = new TextSpan(sentences[first].Start, sentences[last].End);
        return new Passage(span, paragraph, Inside(matches, span), false, false);
    }

    // A sentence longer than MaxLength: a window at word boundaries starting a little before the first match.
    private static Passage Cut(string text, TextSpan sentence, int paragraph, IReadOnlyList<TermMatch> matches)
    {
        int firstMatch = SortedMatches.Within(matches, sentence.Start, sentence.End) is [var m, ..] ? m.Start : sentence.Start;
        int start = Math.Max(sentence.Start, firstMatch - LeadIn);
        // A window that would open inside a dateline opens where the report's own words begin: "…- At least 27 people" and
        // "…India, Feb 23 (Reuters) - At least" began mid-dateline.
        int report = DatelineEnd(text, sentence, firstMatch);
        if (start > sentence.Start && start < report) start = report;
        else if (start > sentence.Start)
        {
            int space = text.IndexOf(' ', start, firstMatch - start);
            start = space >= 0 ? space + 1 : firstMatch;
        }
        int end = Math.Min(sentence.End, start + MaxLength);
        if (end < sentence.End)
        {
            int space = text.LastIndexOf(' ', end - 1, end - start);
            if (space > start) end = space;
        }
        var span = new TextSpan(start, end);
        return new Passage(span, paragraph, Inside(matches, span), start > sentence.Start, end < sentence.End);
    }

    // Where a dateline's dash ("VARANASI, India, Feb 23 (Reuters) - ", "LIMA, Peru (AP) — ") ends, when the sentence opens on one
    // before its first match; else the sentence's start. The dash must come early, after a capitalised opening, as a dateline's does.
    private const int DatelineMax = 60;

    private static int DatelineEnd(string text, TextSpan sentence, int firstMatch)
    {
        if (sentence.Length == 0 || !char.IsUpper(text[sentence.Start])) return sentence.Start;
        int limit = Math.Min(firstMatch, sentence.Start + DatelineMax);
        for (int i = sentence.Start + 1; i + 2 < limit; i++)
        {
            if (text[i] == ' ' && text[i + 1] is '-' or '–' or '—' && text[i + 2] == ' ') return i + 3;
        }
        return sentence.Start;
    }

    private static List<TermMatch> Inside(IReadOnlyList<TermMatch> matches, TextSpan span) => SortedMatches.Within(matches, span.Start, span.End);
}
