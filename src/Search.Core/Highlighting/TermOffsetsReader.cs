using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Search.Core.Highlighting;

/// <summary>
/// Reads where a document's query terms occur from the postings (positions and offsets stored at index
/// time), instead of re-analyzing the stored text. Phrases keep only occurrences in phrase order.
/// </summary>
internal static class TermOffsetsReader
{
    private readonly record struct Occurrence(int Position, int Start, int End);

    /// <summary>The matches of <paramref name="terms"/> in a document given by its top-level id, sorted by offset.</summary>
    /// <param name="maxOffset">Occurrences starting at or after this character offset are not read (snippets look only at the start of a long text).</param>
    public static IReadOnlyList<TermMatch> Read(IndexReader reader, int doc, string field, QueryTerms terms, int maxOffset = int.MaxValue)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        return Read(leaf.AtomicReader, doc - leaf.DocBase, field, terms, maxOffset);
    }

    /// <summary>The matches of <paramref name="terms"/> in document <paramref name="doc"/> of a segment, sorted by offset.</summary>
    public static IReadOnlyList<TermMatch> Read(AtomicReader segment, int doc, string field, QueryTerms terms, int maxOffset = int.MaxValue)
    {
        if (terms.IsEmpty) return [];
        var fieldTerms = segment.GetTerms(field);
        if (fieldTerms == null) return [];
        var termsEnum = fieldTerms.GetEnumerator();
        var occurrences = new Dictionary<string, List<Occurrence>>(StringComparer.Ordinal);
        foreach (string term in terms.All)
        {
            if (!termsEnum.SeekExact(new BytesRef(term))) continue;
            var postings = termsEnum.DocsAndPositions(null, null, DocsAndPositionsFlags.OFFSETS);
            if (postings == null || postings.Advance(doc) != doc) continue;
            var list = new List<Occurrence>(postings.Freq);
            for (int i = 0; i < postings.Freq; i++)
            {
                int position = postings.NextPosition();
                if (postings.StartOffset >= maxOffset) break; // positions, and so offsets, come in text order
                if (postings.StartOffset >= 0) list.Add(new Occurrence(position, postings.StartOffset, postings.EndOffset));
            }
            occurrences[term] = list;
        }

        var matches = new List<TermMatch>();
        foreach (string term in terms.Free)
            if (occurrences.TryGetValue(term, out var list))
                matches.AddRange(list.Select(o => new TermMatch(o.Start, o.End, term)));
        foreach (var phrase in terms.Phrases)
            AddPhraseMatches(phrase, occurrences, matches);

        return matches.Distinct().OrderBy(m => m.Start).ThenBy(m => m.End).ToList();
    }

    private static void AddPhraseMatches(PhraseTerms phrase, Dictionary<string, List<Occurrence>> occurrences, List<TermMatch> matches)
    {
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
}
