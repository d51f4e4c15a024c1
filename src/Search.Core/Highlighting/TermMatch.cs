namespace Search.Core.Highlighting;

/// <summary>An occurrence of a query term in a field's text: character offsets [Start, End) and the term.</summary>
internal readonly record struct TermMatch(int Start, int End, string Term);
