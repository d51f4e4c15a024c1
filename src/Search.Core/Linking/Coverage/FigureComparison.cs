using Microsoft.Extensions.Options;
using Search.Core.Analysis;
using Search.Core.Extraction;
using Search.Core.Indexing;
using Search.Core.Linking.Corroboration;

namespace Search.Core.Linking.Coverage;

/// <summary>A figure as one passage gives it: the passage (article, outlet, day, paragraph and anchor) and its words for the count.</summary>
public sealed record ReportedFigure(string ArticleId, string? Source, DateOnly? Date, int Number, string Anchor, string Text)
{
    /// <summary>Its article's title, plain text: two reports of unknown source are told apart by it.</summary>
    public string Title { get; init; } = "";
}

/// <summary>
/// A count that the passages give differently: what is counted ("security forces killed"), and its figures, each with the
/// passages that give it (they agree with each other and disagree with every other figure's).
/// </summary>
public sealed record FigureDisagreement(string Counted, IReadOnlyList<IReadOnlyList<ReportedFigure>> Figures);

/// <summary>
/// Finds the counts that a few passages of different articles give differently (the best passage of each outlet, in the
/// side-by-side view), by the rules of the article page's conflicts: one event and one named subject, numbers that cannot
/// both be right, a part not below its whole, and only between reports of one event (articles dated within
/// <see cref="LinkingOptions.EventDays"/> of each other, naming a place in common and not elsewhere entirely, as
/// <see cref="EventPlaces"/> tells).
/// </summary>
/// <remarks>Singleton; thread-safe.</remarks>
public sealed class FigureComparison(IndexHost host, IOptions<LinkingOptions> options, Gazetteer gazetteer)
{
    /// <summary>The disagreements among the given passages (by article id and 1-based paragraph number); passages not found are left out.</summary>
    public IReadOnlyList<FigureDisagreement> Among(IReadOnlyList<(string ArticleId, int Number)> passages)
    {
        using var lease = host.Acquire();
        var articles = new ArticleCache(lease.Searcher);
        var reports = new List<(StoredArticle Article, ReportedFigure Passage, List<Figure> Figures)>();
        foreach (var (id, number) in passages)
        {
            if (articles.Get(id) is not { } article) continue;
            string text = article.Paragraph(number);
            var figures = SentenceSplitter.Split(text)
                .SelectMany(s => NamedSentence.Of(text[s.Start..s.End], article.Entities, gazetteer).ReadFigures(article.Date?.Year))
                .Where(f => f.Subject != null).ToList();
            if (figures.Count == 0) continue;
            reports.Add((article, new ReportedFigure(id, article.Source, article.Date, number, article.Anchor(number), "") { Title = article.Title }, figures));
        }

        // Every pair of figures that contradict, by what they count, in the order first met.
        var pairs = new Dictionary<string, List<(int Report, Figure Mine, int Other, Figure Theirs)>>(StringComparer.Ordinal);
        var events = new EventPlaces(gazetteer);
        for (int i = 0; i < reports.Count; i++)
            for (int j = i + 1; j < reports.Count; j++)
            {
                var (a, b) = (reports[i].Article, reports[j].Article);
                // One event by the article page's rules: a place in common (or a person or body, a day apart at most), and not elsewhere.
                if (!events.OfOneEvent(a, b, options.Value.EventDays)) continue;
                // As the article page compares them: a count told on its day is compared within a day, one that grows by the hour
                // on the same day (DayCounts).
                bool days = EventPlaces.DaysApart(a, b), day = EventPlaces.OnOtherDays(a, b);
                foreach (var mine in reports[i].Figures.Where(f => !(days && DayCounts.Is(f)) && !(day && DayCounts.Growing(f))))
                    foreach (var theirs in reports[j].Figures.Where(mine.Contradicts))
                        (pairs.TryGetValue(mine.Counted, out var known) ? known : pairs[mine.Counted] = []).Add((i, mine, j, theirs));
            }

        var disagreements = new List<FigureDisagreement>();
        foreach (var (counted, list) in pairs)
            foreach (var figures in OneEventEach(list))
            {
                // The figures of one count, grouped where they agree: "13" and "thirteen" are one figure, "at least eight" another.
                var groups = new List<List<(int Report, Figure Figure)>>();
                foreach (var figure in figures.OrderBy(f => f.Report))
                {
                    var group = groups.FirstOrDefault(g => g[0].Figure.Number.Agrees(figure.Figure.Number) && !g[0].Figure.Contradicts(figure.Figure));
                    if (group == null) groups.Add([figure]);
                    else if (group.All(f => f.Report != figure.Report)) group.Add(figure);
                }
                if (groups.Count < 2) continue;
                disagreements.Add(new FigureDisagreement(counted, groups
                    .OrderByDescending(g => g.Count)
                    .Select(g => (IReadOnlyList<ReportedFigure>)g.Select(f => reports[f.Report].Passage with { Text = f.Figure.Text }).ToList())
                    .ToList()));
            }
        return disagreements;
    }

    // The figures of one count's contradicting pairs, split where the pairs join no report in common: the critically injured
    // of a bombing in Peshawar and of a plant's blast in Mexico eight months later were one list, each "against" the next, on
    // `/compare?q=critically` (a QA pass), as each pair was of one event but the two events were not one.
    private static IEnumerable<List<(int Report, Figure Figure)>> OneEventEach(List<(int Report, Figure Mine, int Other, Figure Theirs)> pairs)
    {
        var root = new Dictionary<int, int>();
        int Find(int report)
        {
            while (root.TryGetValue(report, out int up) && up != report) report = up;
            return report;
        }
        foreach (var (report, _, other, _) in pairs)
        {
            root.TryAdd(report, report);
            root.TryAdd(other, other);
            root[Find(other)] = Find(report);
        }
        var figures = new List<(int Report, Figure Figure)>();
        var met = new HashSet<(int Report, Figure Figure)>();
        foreach (var (report, mine, other, theirs) in pairs)
        {
            if (met.Add((report, mine))) figures.Add((report, mine));
            if (met.Add((other, theirs))) figures.Add((other, theirs));
        }
        return figures.GroupBy(f => Find(f.Report)).Select(g => g.ToList());
    }
}
