namespace Search.Cli.Load;

/// <summary>The kinds of request in the load mix, each a different cost on the site.</summary>
internal enum LoadQueryKind
{
    /// <summary>One or two words, every word required.</summary>
    Keywords,

    /// <summary>A quoted phrase (positions are read).</summary>
    Phrase,

    /// <summary>A word prefix such as <c>export*</c> (terms are expanded).</summary>
    Prefix,

    /// <summary>A source, person or place filter taken from the site's own facets.</summary>
    Filter,

    /// <summary>Newest or oldest first instead of by relevance.</summary>
    Sort,

    /// <summary>Page 10 to 50 with 10 to 100 hits a page.</summary>
    DeepPage,

    /// <summary>A long any-words query (<c>mode=any</c>), as when a paragraph is pasted.</summary>
    AnyWords,

    /// <summary>The article page <c>/article/{id}</c> of an id seen in results.</summary>
    Article,

    /// <summary>A line of a query file given with <c>--queries</c> (the benchmark kit's mix), searched as typed.</summary>
    Replayed,
}

/// <summary>One request of the mix: its kind and its path and query, relative to the site's root.</summary>
internal sealed record LoadRequest(LoadQueryKind Kind, string PathAndQuery);
