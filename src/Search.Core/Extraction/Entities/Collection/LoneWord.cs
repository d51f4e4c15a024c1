namespace Search.Core.Extraction;

/// <summary>
/// A capitalized word standing alone, or a surname after a title, that may refer to someone named in full
/// elsewhere in the article; after a woman's title ("Ms. Rice") it may refer only to a woman. <paramref name="Announced"/>:
/// a person's cue stands beside it ("Sichone said", "Sichone, a 52-year-old businessman").
/// </summary>
internal sealed record LoneWord(string Word, bool AfterWomanTitle, bool Announced = false);
