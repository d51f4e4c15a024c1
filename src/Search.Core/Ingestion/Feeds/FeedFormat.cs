namespace Search.Core.Ingestion.Feeds;

/// <summary>The feed formats read, told apart by the root element.</summary>
internal enum FeedFormat
{
    NotAFeed,
    Rss2,
    Atom,
    /// <summary>RSS 1.0 (RDF), which System.ServiceModel.Syndication does not read; see <see cref="RdfFeed"/>.</summary>
    Rdf,
}
