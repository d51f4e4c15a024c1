using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Indexing;
using Search.Core.Indexing.Documents;
using Search.Core.Search;

namespace Search.Core.Linking.Passages;

/// <summary>
/// Turns an article query (words on title and body) into the same query on the passage text. A clause on what only an
/// article has (an entity, the source, the date, the title alone) keeps the passages of the articles it matches.
/// </summary>
internal static class PassageQuery
{
    private static readonly HashSet<string> TextFields = [ArticleFields.Title, ArticleFields.Body];

    /// <summary>
    /// In a query of many optional words (a pasted paragraph), a word held by more passages than this share of them (and than
    /// <see cref="CommonFloor"/>) is common: it adds to the score of the passages the other words match, but matches none
    /// alone. "said", "year" or "the" would otherwise make nearly every passage a match: over a million articles that took
    /// seconds (docs/linking.md). The ranking of the passages that share a rarer word is unchanged.
    /// </summary>
    public const double CommonShare = 0.01;

    /// <summary>A word in no more passages than this is never common: in a small archive every topical word is in many passages.</summary>
    public const int CommonFloor = 10_000;

    /// <summary>How many optional words make a query "many": fewer are searched as they are.</summary>
    public const int ManyWords = 8;

    /// <summary>
    /// The query on passages, or the name of a field it searches that passages do not have; and the news synonyms it also
    /// searches that some passage holds, as written in the synonyms file ("decapitated" for beheaded), for the page to name.
    /// </summary>
    /// <param name="synonyms">Each word also finds its news synonyms (beheaded finds decapitated), as one report's word is another's.</param>
    /// <param name="reader">For how many passages hold each synonym: a rare synonym must not outweigh the word typed.</param>
    /// <remarks>
    /// A required or excluded clause on what only an article has (<c>person:tokayev</c>, <c>-source:cnn</c>, <c>date:[…]</c>) keeps
    /// the passages of the articles it matches (<see cref="PassagesOfArticles"/>), so a query the article search takes, the
    /// passages and the side-by-side view take too. Inside a group of words such a clause is refused where it is required
    /// (<c>protesters AND (person:tokayev AND killed)</c>), and left out where it is one alternative among others, as the alias
    /// clauses of a capitalised word are.
    /// </remarks>
    /// <param name="names">A one-word alias (<c>Tokaev</c>) also finds the entity's other names, as the article search does.</param>
    /// <param name="typedWord">The word typed for a stem, so a synonym is named in its form (<see cref="SynonymExpansion.FoundWords"/>).</param>
    /// <returns>
    /// Also the query's clauses on the articles (<c>OfArticles</c>, null where there are none), for which outlets the query
    /// leaves in view at all (an outlet that <c>-source:cnn</c> leaves out is not silent).
    /// </returns>
    /// <param name="filtered">The entity filters' values by field (<c>person=…</c>): with no word, the passages that name them.</param>
    public static (Query? Query, string? UnsupportedField, IReadOnlyList<string> Synonyms, bool ExcludesWords, Query? OfArticles) From(Query query,
        Corroboration.NewsSynonyms synonyms, IndexReader reader, EntityNamePhrases? names = null, Func<string, string?>? typedWord = null,
        Facets.FacetOrdinals? ordinals = null, IReadOnlyList<(string Field, IReadOnlyList<string> Values)>? filtered = null)
    {
        // No word left to search ("the", a lone quote): no passage, as no article, matches; not every passage.
        if (QueryBuilder.IsEmpty(query)) return (query, null, [], false, null);
        var plain = new Expansion(new SynonymExpansion(Corroboration.NewsSynonyms.None, reader), null, null, null);
        var widened = new SynonymExpansion(synonyms, reader);
        widened.LeaveOutExcludedWords(query);
        query = widened.WithOtherWritings(query);
        var expansion = new Expansion(widened, names, plain, ordinals);
        var (words, ofArticles) = Split(query, plain);
        string? unsupported = null;
        var rewritten = words == null ? null : Rewrite(words, expansion, ref unsupported);
        if (unsupported != null) return (null, unsupported, [], false, null);
        // Words close together rank first: a paragraph is where they can be near or apart.
        var matched = rewritten is BooleanQuery any ? RarerMatch((BooleanQuery)Proximity.Rewarded(any, PassageFields.Text), reader) : rewritten;
        var (mentions, asked, filteredMentions) = names == null ? default : AskedEntityMentions.Of(ofArticles, filtered ?? [], names, reader, ordinals);
        // With words, the entity asked for (person:reagan tax, or person=reagan) only ranks and marks: the paragraph that names it
        // comes first, as the search's snippets prefer it. Without, a clause (person:reagan) keeps the passages that name it, and a
        // filter (person=reagan) keeps every passage of its articles, those that name it first: a filter narrows to articles, as
        // the passages' facets count them. The facet link "Reagan (117)" led to the 10 passages that name him.
        var passages = Only(matched != null ? mentions == null ? matched : new BooleanQuery { { matched, Occur.MUST }, { mentions, Occur.SHOULD } }
            : filteredMentions == null ? asked
            : new BooleanQuery { { asked ?? new MatchAllDocsQuery(), Occur.MUST }, { filteredMentions, Occur.SHOULD } });
        // A title clause finds its synonyms in the titles, as the article search does ("title:killed" finds "Dozens Reported Dead").
        var articles = ofArticles == null ? null : widened.Expand(ofArticles, TextFields);
        return (articles == null ? passages : new FilteredQuery(passages, new PassagesOfArticles(articles)), null,
            widened.FoundWords(typedWord), words is BooleanQuery { Clauses: var clauses } && clauses.Any(c => c.Occur == Occur.MUST_NOT), articles);
    }

    // The query's words, and its top-level clauses on the article's own fields (null where there are none). The clauses are
    // tried without synonyms, so that trying them names none.
    private static (Query? Words, Query? OfArticles) Split(Query query, Expansion expansion)
    {
        if (query is not BooleanQuery boolean) return OfArticleOnly(query, expansion) || InTitleOnly(query) ? (null, query) : (query, null);
        var words = new BooleanQuery(boolean.CoordDisabled) { MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch, Boost = boolean.Boost };
        var ofArticles = new BooleanQuery();
        foreach (var clause in boolean.Clauses)
        {
            if (clause.Occur != Occur.SHOULD && (OfArticleOnly(clause.Query, expansion) || InTitleOnly(clause.Query))) ofArticles.Add(clause.Query, clause.Occur);
            else words.Add(clause);
        }
        if (ofArticles.Clauses.Count == 0)
        {
            // Alternatives that are all of the article (person:tokayev OR person:putin, source:(afp OR cnn)): the articles
            // either matches; searched as words, they were a 400.
            return boolean.Clauses.Count > 0 && boolean.Clauses.All(c => OfArticleOnly(c.Query, expansion) || InTitleOnly(c.Query)) ? (null, query) : (query, null);
        }
        if (ofArticles.Clauses.All(c => c.Occur == Occur.MUST_NOT)) ofArticles.Add(new MatchAllDocsQuery(), Occur.MUST);
        return (words.Clauses.Count == 0 ? null : words, ofArticles);
    }

    // A clause with no word a passage has: only fields of the article.
    private static bool OfArticleOnly(Query clause, Expansion expansion)
    {
        string? missing = null;
        return Rewrite(clause, expansion, ref missing) == null && missing != null;
    }

    // A clause on the title alone (title:killed) is about the article, as a person's is: a passage has no title, and its text
    // was searched instead. A word without a field is a clause on the title and the body, so it is not one of these.
    private static bool InTitleOnly(Query clause) => clause switch
    {
        TermQuery term => term.Term.Field == ArticleFields.Title,
        PhraseQuery phrase => phrase.GetTerms() is { Length: > 0 } terms && terms.All(t => t.Field == ArticleFields.Title),
        MultiTermQuery pattern => pattern.Field == ArticleFields.Title,
        ConstantScoreQuery { Query: { } inner } => InTitleOnly(inner),
        BooleanQuery boolean => boolean.Clauses.Count > 0 && boolean.Clauses.All(c => InTitleOnly(c.Query)),
        _ => false,
    };

    // Passage documents only, whatever the words; the kind clause adds the same score to every passage.
    private static Query Only(Query? words)
    {
        var query = new BooleanQuery { { new TermQuery(PassageFields.KindTerm), Occur.MUST } };
        if (words != null) query.Add(words, Occur.MUST);
        return query;
    }

    // Any of many words: a rarer one must match; the common ones only score (Lucene scores them only on the passages matched).
    private static BooleanQuery RarerMatch(BooleanQuery any, IndexReader reader)
    {
        var optional = any.Clauses.Where(c => c.Occur == Occur.SHOULD).ToList();
        // With a required word, the optional ones only score already.
        if (any.MinimumNumberShouldMatch > 0 || any.Clauses.Any(c => c.Occur == Occur.MUST) || optional.Count < ManyWords) return any;
        long common = Math.Max(CommonFloor, (long)(CommonShare * reader.GetDocCount(PassageFields.Text)));
        var rarer = optional.Where(c => Passages(c.Query, reader) <= common).ToList();
        if (rarer.Count == 0 || rarer.Count == optional.Count) return any;
        var matching = new BooleanQuery(any.CoordDisabled);
        foreach (var clause in rarer) matching.Add(clause.Query, Occur.SHOULD);
        var result = new BooleanQuery(any.CoordDisabled) { Boost = any.Boost };
        result.Add(matching, Occur.MUST);
        foreach (var clause in any.Clauses.Where(c => !rarer.Contains(c))) result.Add(clause);
        return result;
    }

    // How many passages a word's clause can match at most: a word's, with its synonyms' (a union: the sum), a phrase's rarest
    // word's (an intersection: the least); a pattern counts as rare, so it still matches as asked.
    private static long Passages(Query word, IndexReader reader) => word switch
    {
        TermQuery term => reader.DocFreq(term.Term),
        PhraseQuery phrase when phrase.GetTerms().Length > 0 => phrase.GetTerms().Min(t => (long)reader.DocFreq(t)),
        BooleanQuery all when all.Clauses.Any(c => c.Occur == Occur.MUST) => all.Clauses.Where(c => c.Occur == Occur.MUST).Min(c => Passages(c.Query, reader)),
        BooleanQuery any => any.Clauses.Where(c => c.Occur == Occur.SHOULD).Sum(c => Passages(c.Query, reader)),
        DisjunctionMaxQuery best => best.Disjuncts.Sum(d => Passages(d, reader)),
        _ => 0,
    };

    private static Query? Rewrite(Query query, Expansion synonyms, ref string? unsupported)
    {
        switch (query)
        {
            case MatchAllDocsQuery:
                return null;
            case BooleanQuery lookUp when synonyms.Names != null && Search.AskedEntities.IsNameLookUp(lookUp):
                return synonyms.Names.WithNames(Rewrite(lookUp.Clauses[0].Query, synonyms, ref unsupported)!, lookUp, synonyms.Ordinals);
            case BooleanQuery boolean:
            {
                var result = new BooleanQuery(boolean.CoordDisabled) { MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch, Boost = boolean.Boost };
                // A word searched in title and body becomes the same clause twice on the passage: keep it once.
                var seen = new HashSet<string>(StringComparer.Ordinal);
                string? skipped = null;
                foreach (var clause in boolean.Clauses)
                {
                    string? missing = null;
                    // An excluded word is the word alone: "killed -dead" leaves out what says "dead", not every killing.
                    var inner = Rewrite(clause.Query, clause.Occur == Occur.MUST_NOT ? synonyms.Plain ?? synonyms : synonyms, ref missing);
                    // An optional clause on an entity field is the alias expansion of a capitalised word: the word itself still searches.
                    if (missing != null && clause.Occur == Occur.SHOULD) skipped ??= missing;
                    else if (missing != null) unsupported ??= missing;
                    if (inner == null || !seen.Add(clause.Occur + inner.ToString())) continue;
                    result.Add(inner, clause.Occur);
                }
                if (result.Clauses.Count == 0)
                {
                    unsupported ??= skipped;
                    return null;
                }
                return result.Clauses.All(c => c.Occur == Occur.MUST_NOT) ? WithAll(result) : result;
            }
            // A pattern's word in its indexed form ("police*" also finds "polic"): the word alone, without synonyms.
            case IndexedFormQuery form when TextFields.Contains(form.Term.Field):
                return new IndexedFormQuery(new Term(PassageFields.Text, form.Term.Bytes));
            case QuotedWordQuery quoted when TextFields.Contains(quoted.Term.Field):
                return new QuotedWordQuery(new Term(PassageFields.Text, quoted.Term.Bytes));
            case TermQuery term when TextFields.Contains(term.Term.Field):
                return synonyms.Synonyms.Of(new Term(PassageFields.Text, term.Term.Bytes));
            case PhraseQuery phrase when phrase.GetTerms().All(t => TextFields.Contains(t.Field)):
            {
                var result = new PhraseQuery { Slop = phrase.Slop };
                var positions = phrase.GetPositions();
                var terms = phrase.GetTerms();
                for (int i = 0; i < terms.Length; i++) result.Add(new Term(PassageFields.Text, terms[i].Bytes), positions[i]);
                return synonyms.Synonyms.NumberPhrase(result);
            }
            case ConstantScoreQuery { Query: TermQuery term } when TextFields.Contains(term.Term.Field):
                return new ConstantScoreQuery(new TermQuery(new Term(PassageFields.Text, term.Term.Bytes)));
            case PrefixQuery prefix when TextFields.Contains(prefix.Prefix.Field):
                return new PrefixQuery(new Term(PassageFields.Text, prefix.Prefix.Bytes)) { MultiTermRewriteMethod = prefix.MultiTermRewriteMethod };
            case WildcardQuery wildcard when TextFields.Contains(wildcard.Term.Field):
                return new WildcardQuery(new Term(PassageFields.Text, wildcard.Term.Bytes)) { MultiTermRewriteMethod = wildcard.MultiTermRewriteMethod };
            case RegexpQuery regexp when TextFields.Contains(regexp.Field) && Pattern(regexp) is { } pattern:
                return new RegexpQuery(new Term(PassageFields.Text, pattern)) { MultiTermRewriteMethod = regexp.MultiTermRewriteMethod };
            case TermRangeQuery range when TextFields.Contains(range.Field):
                return new TermRangeQuery(PassageFields.Text, range.LowerTerm, range.UpperTerm, range.IncludesLower, range.IncludesUpper) { MultiTermRewriteMethod = range.MultiTermRewriteMethod };
            case FuzzyQuery fuzzy when TextFields.Contains(fuzzy.Term.Field):
                // Scored as the article search scores it: its near spellings by nearness alone, at its weight.
                return new FuzzyQuery(new Term(PassageFields.Text, fuzzy.Term.Bytes), fuzzy.MaxEdits, fuzzy.PrefixLength)
                    { MultiTermRewriteMethod = fuzzy.MultiTermRewriteMethod, Boost = fuzzy.Boost };
            default:
                unsupported ??= FieldOf(query) ?? query.GetType().Name;
                return null;
        }
    }

    // The synonyms of the search's words, the names of the entities it names by an alias, and the same without either (for
    // excluded words).
    private sealed record Expansion(SynonymExpansion Synonyms, EntityNamePhrases? Names, Expansion? Plain, Facets.FacetOrdinals? Ordinals);

    private static BooleanQuery WithAll(BooleanQuery exclusions)
    {
        exclusions.Add(new TermQuery(PassageFields.KindTerm), Occur.MUST);
        return exclusions;
    }

    // A regular expression keeps its pattern but for its text form, "/pattern/" (without its field's name). Patterns keep
    // their rewrite, so they are scored on the passages as on the articles.
    private static string? Pattern(RegexpQuery regexp)
    {
        string text = regexp.ToString(regexp.Field);
        int end = text.LastIndexOf('/');
        return text.StartsWith('/') && end > 0 ? text[1..end] : null;
    }

    private static string? FieldOf(Query query) => query is TermQuery t ? t.Term.Field : (query as MultiTermQuery)?.Field;
}
