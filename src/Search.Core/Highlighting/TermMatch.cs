namespace Search.Core.Highlighting;

/// <summary>
/// An occurrence of a query term in a field's text: character offsets [Start, End) and the term. Terms
/// matched as one occurrence of a phrase share a <see cref="Phrase"/> number (otherwise -1), so the
/// phrase is marked as one even across the stop words inside it ("state of emergency").
/// </summary>
internal readonly record struct TermMatch(int Start, int End, string Term, int Phrase = -1);
