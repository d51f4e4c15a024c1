using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Search.Core.Ingestion.Html;

/// <summary>
/// Finds the article text with our own rules over AngleSharp's DOM: chrome is removed first
/// (<see cref="BoilerplateRules"/>), then every element is scored as the possible article container by the
/// prose it holds minus the non-prose (short lines, link lists), and the best container's blocks are the text.
/// </summary>
/// <remarks>
/// A block is prose when it reads as a sentence (ends like one, or is long) and is mostly not links.
/// Non-prose weighs <see cref="NonProseWeight"/> times as much, so a container wins by holding all the prose
/// and little else; on a tie the deeper container wins. A container holds at least two blocks (one paragraph is
/// not a container: it would lose the story's other, shorter paragraphs). Headings and list items inside the winner are kept.
/// </remarks>
internal sealed class RuleBasedTextExtractor : IMainTextExtractor
{
    // Measured on the pages in tests/…/Html/Pages: 1.5 keeps a headline and byline out of the container chosen
    // on table-layout pages while never losing a story's own subheads and lists.
    private const double NonProseWeight = 1.5;
    private const int LongBlock = 120;
    private const double MaxProseLinkDensity = 0.3;

    public string Name => "AngleSharp rules";

    public IReadOnlyList<RawParagraph> Extract(IHtmlDocument page)
    {
        if (page.Body is not { } body) return [];
        BoilerplateRules.RemoveChrome(body);
        var blocks = TextBlockSplitter.Split(body).Where(b => !BoilerplateRules.IsChromePhrase(b.Text)).ToList();
        if (blocks.Count == 0) return [];

        var container = BestContainer(body, blocks);
        return TextBlockSplitter.Paragraphs(blocks.Where(b => b.Owner == container || container.Contains(b.Owner)));
    }

    private static IElement BestContainer(IElement body, List<TextBlock> blocks)
    {
        var scores = new Dictionary<IElement, (double Score, int Blocks)>();
        foreach (var block in blocks)
        {
            double value = IsProse(block) ? block.Text.Length : -NonProseWeight * block.Text.Length;
            for (var element = block.Owner; element != null; element = element.ParentElement)
            {
                var (score, count) = scores.GetValueOrDefault(element);
                scores[element] = (score + value, count + 1);
                if (element == body) break;
            }
        }
        // Document order puts ancestors first, so ">=" lets a descendant with the same score win.
        IElement best = body;
        double bestScore = double.MinValue;
        foreach (var element in body.DescendantsAndSelf<IElement>())
            if (scores.TryGetValue(element, out var entry) && entry.Blocks >= 2 && entry.Score >= bestScore)
                (best, bestScore) = (element, entry.Score);
        return best;
    }

    private static bool IsProse(TextBlock block) =>
        block.LinkDensity < MaxProseLinkDensity && (block.Text.Length >= LongBlock || EndsLikeASentence(block.Text));

    private static bool EndsLikeASentence(string text) => text.Length >= 25 && ".!?\"”»'’:)…".Contains(text[^1]);
}
