namespace Search.Core.Relevance;

/// <summary>A document retrieved for a topic, with the score it was ranked by.</summary>
public sealed record RankedDocument(string Id, double Score);
