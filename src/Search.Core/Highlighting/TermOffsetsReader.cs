using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Search.Core.Highlighting;

/// <summary>
/// Reads where a document's query terms occur from the postings (positions and offsets stored at index
/// time), instead of re-analyzing the stored text. Phrases keep only occurrences in phrase order.
/// </summary>
/// <remarks>
/// NOTE: one instance per query (<see cref="For"/>) serves every hit of the page: per segment and field it
/// keeps one terms enumerator, each term's seek state and one postings enumerator, reused from hit to hit.
/// A fresh enumerator per term, hit and field cost several kilobytes of buffers each and a full seek in the
/// term dictionary, most of a query's allocations. Not thread-safe.
/// </remarks>
internal sealed class TermOffsetsReader
{
    private readonly record struct Occurrence(int Position, int Start, int End);

    private readonly IndexReader _reader;
    private readonly QueryTerms _terms;
    private readonly string[] _all;
    private readonly BytesRef[] _bytes;
    private readonly Dictionary<(int Segment, string Field), SegmentField?> _segments = [];

    private TermOffsetsReader(IndexReader reader, QueryTerms terms)
    {
        _reader = reader;
        _terms = terms;
        _all = terms.All.ToArray();
        _bytes = _all.Select(t => new BytesRef(t)).ToArray();
    }

    /// <summary>A reader of <paramref name="terms"/> for the hits of one query on <paramref name="reader"/> (a top-level reader).</summary>
    public static TermOffsetsReader For(IndexReader reader, QueryTerms terms) => new(reader, terms);

    /// <summary>The matches of <paramref name="terms"/> in a document given by its top-level id, sorted by offset.</summary>
    /// <param name="maxOffset">Occurrences starting at or after this character offset are not read (snippets look only at the start of a long text).</param>
    public static IReadOnlyList<TermMatch> Read(IndexReader reader, int doc, string field, QueryTerms terms, int maxOffset = int.MaxValue) =>
        For(reader, terms).Read(doc, field, maxOffset);

    /// <summary>
    /// The matches of <paramref name="terms"/> inside <paramref name="span"/> of a document's field, with offsets
    /// counted from the span's start: what a field holding only the span's text gives, as long as the field's
    /// analysis never joins a token across the span's edges (a paragraph of the body: the tokenizer always
    /// breaks at its blank line). A phrase reaching past the span is not a match, as it would not be in the span alone.
    /// </summary>
    public static IReadOnlyList<TermMatch> ReadWithin(IndexReader reader, int doc, string field, QueryTerms terms, Analysis.TextSpan span)
    {
        var matches = For(reader, terms).Read(doc, field, span.Start, span.End);
        if (span.Start == 0) return matches;
        return matches.Select(m => new TermMatch(m.Start - span.Start, m.End - span.Start, m.Term, m.Phrase < 0 ? m.Phrase : m.Phrase - span.Start)).ToList();
    }

    /// <summary>The matches of this query's terms in a document given by its top-level id, sorted by offset.</summary>
    public IReadOnlyList<TermMatch> Read(int doc, string field, int maxOffset = int.MaxValue) => Read(doc, field, 0, maxOffset);

    // Occurrences starting before minOffset or at or after maxOffset are left out.
    private IReadOnlyList<TermMatch> Read(int doc, string field, int minOffset, int maxOffset)
    {
        if (_terms.IsEmpty) return [];
        var leaves = _reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        if (!_segments.TryGetValue((leaf.Ord, field), out var segment))
        {
            var fieldTerms = leaf.AtomicReader.GetTerms(field);
            segment = fieldTerms == null ? null : new SegmentField(fieldTerms.GetEnumerator(), _all.Length);
            _segments[(leaf.Ord, field)] = segment;
        }
        return segment == null ? [] : Matches(Occurrences(segment, doc - leaf.DocBase, minOffset, maxOffset), field);
    }

    private Dictionary<string, List<Occurrence>> Occurrences(SegmentField segment, int doc, int minOffset, int maxOffset)
    {
        var occurrences = new Dictionary<string, List<Occurrence>>(StringComparer.Ordinal);
        for (int t = 0; t < _all.Length; t++)
        {
            if (segment.Postings(t, _bytes[t], doc) is not { } postings) continue;
            var list = new List<Occurrence>(postings.Freq);
            for (int i = 0; i < postings.Freq; i++)
            {
                int position = postings.NextPosition();
                if (postings.StartOffset >= maxOffset) break; // positions, and so offsets, come in text order
                if (postings.StartOffset >= minOffset) list.Add(new Occurrence(position, postings.StartOffset, postings.EndOffset));
            }
            occurrences[_all[t]] = list;
        }
        return occurrences;
    }

    private List<TermMatch> Matches(Dictionary<string, List<Occurrence>> occurrences, string field)
    {
        var matches = new List<TermMatch>();
        foreach (string term in _terms.Free)
            if (_terms.MarksIn(term, field) && occurrences.TryGetValue(term, out var list))
                foreach (var o in list) matches.Add(new TermMatch(o.Start, o.End, term));
        foreach (var phrase in _terms.Phrases)
            if (QueryTerms.MarksIn(phrase, field)) AddPhraseMatches(phrase, occurrences, matches);
        return Distinct(matches);
    }

    private static void AddPhraseMatches(PhraseTerms phrase, Dictionary<string, List<Occurrence>> occurrences, List<TermMatch> matches)
    {
        if (phrase.Except.Count == 0)
        {
            AddPlacedMatches(phrase, occurrences, matches);
            return;
        }
        // A longer name that holds the phrase takes its words: they are not marked as the phrase.
        var own = new List<TermMatch>();
        AddPlacedMatches(phrase, occurrences, own);
        var taken = new List<TermMatch>();
        foreach (var longer in phrase.Except) AddPlacedMatches(longer, occurrences, taken);
        var takenStarts = taken.Select(m => m.Start).ToHashSet();
        matches.AddRange(own.Where(m => !takenStarts.Contains(m.Start)));
    }

    private static List<TermMatch> Distinct(List<TermMatch> matches)
    {
        if (matches.Count < 2) return matches;
        matches.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End != b.End ? a.End.CompareTo(b.End)
            : a.Phrase != b.Phrase ? a.Phrase.CompareTo(b.Phrase) : string.CompareOrdinal(a.Term, b.Term));
        // Equal matches (a term free and in a phrase at once) are adjacent after the sort: keep one of each.
        int kept = 1;
        for (int i = 1; i < matches.Count; i++)
            if (matches[i] != matches[kept - 1]) matches[kept++] = matches[i];
        matches.RemoveRange(kept, matches.Count - kept);
        return matches;
    }

    private static void AddPlacedMatches(PhraseTerms phrase, Dictionary<string, List<Occurrence>> occurrences, List<TermMatch> matches)
    {
        if (phrase.Slop > 0)
        {
            AddSloppyMatches(phrase, occurrences, matches);
            return;
        }
        var byTerm = new List<Dictionary<int, Occurrence>>();
        foreach (string term in phrase.Terms)
        {
            if (!occurrences.TryGetValue(term, out var list)) return;
            byTerm.Add(list.ToDictionary(o => o.Position));
        }
        foreach (var first in byTerm[0].Values)
        {
            int origin = first.Position - phrase.Positions[0];
            var found = new List<TermMatch>();
            for (int i = 0; i < phrase.Terms.Count; i++)
            {
                if (!byTerm[i].TryGetValue(origin + phrase.Positions[i], out var o)) break;
                found.Add(new TermMatch(o.Start, o.End, phrase.Terms[i], Phrase: first.Start));
            }
            if (found.Count == phrase.Terms.Count) matches.AddRange(found);
        }
    }

    /// <remarks>
    /// A sloppy phrase matches where each of its terms occurs with its place in the phrase moved by at most the slop in all
    /// (Lucene's match length: the spread of position minus place in the phrase). Every occurrence inside such a window is
    /// marked, word by word: the words between belong to no phrase, so the marks are not merged over them.
    /// </remarks>
    private static void AddSloppyMatches(PhraseTerms phrase, Dictionary<string, List<Occurrence>> occurrences, List<TermMatch> matches)
    {
        var needed = phrase.Terms.GroupBy(t => t, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var items = new List<(int Shifted, int Term, Occurrence Occurrence)>();
        for (int i = 0; i < phrase.Terms.Count; i++)
        {
            if (!occurrences.TryGetValue(phrase.Terms[i], out var list)) return;
            foreach (var o in list) items.Add((o.Position - phrase.Positions[i], i, o));
        }
        items.Sort(static (a, b) => a.Shifted.CompareTo(b.Shifted));
        var marked = new HashSet<int>(); // positions already marked
        var inWindow = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        int end = 0;
        for (int start = 0; start < items.Count; start++)
        {
            // Grow the window to every item within the slop of its first, counting each term's distinct positions.
            for (; end < items.Count && items[end].Shifted - items[start].Shifted <= phrase.Slop; end++)
                Positions(inWindow, phrase.Terms[items[end].Term]).Add(items[end].Occurrence.Position);
            if (needed.All(n => inWindow.TryGetValue(n.Key, out var at) && at.Count >= n.Value))
                for (int k = start; k < end; k++)
                    if (marked.Add(items[k].Occurrence.Position))
                        matches.Add(new TermMatch(items[k].Occurrence.Start, items[k].Occurrence.End, phrase.Terms[items[k].Term]));
            // The first item leaves the window: drop its position unless another item of the window holds it.
            var first = items[start];
            bool held = false;
            for (int k = start + 1; k < end && !held; k++)
                held = phrase.Terms[items[k].Term] == phrase.Terms[first.Term] && items[k].Occurrence.Position == first.Occurrence.Position;
            if (!held) inWindow[phrase.Terms[first.Term]].Remove(first.Occurrence.Position);
        }
    }

    private static HashSet<int> Positions(Dictionary<string, HashSet<int>> byTerm, string term)
    {
        if (!byTerm.TryGetValue(term, out var positions)) byTerm[term] = positions = [];
        return positions;
    }

    /// <summary>One segment's field: its terms enumerator, each term's seek state (or absence), and a postings enumerator to reuse.</summary>
    private sealed class SegmentField(TermsEnum termsEnum, int termCount)
    {
        private readonly TermState?[] _states = new TermState?[termCount];
        private readonly bool[] _looked = new bool[termCount];
        private DocsAndPositionsEnum? _reuse;

        /// <summary>The postings of term <paramref name="t"/> positioned on <paramref name="doc"/>, or null when the document lacks it.</summary>
        public DocsAndPositionsEnum? Postings(int t, BytesRef term, int doc)
        {
            if (!_looked[t])
            {
                _looked[t] = true;
                if (termsEnum.SeekExact(term)) _states[t] = termsEnum.GetTermState();
            }
            if (_states[t] is not { } state) return null;
            termsEnum.SeekExact(term, state); // from the saved state: no walk of the term dictionary
            var postings = termsEnum.DocsAndPositions(null, _reuse, DocsAndPositionsFlags.OFFSETS);
            if (postings == null) return null;
            _reuse = postings;
            return postings.Advance(doc) == doc ? postings : null;
        }
    }
}
