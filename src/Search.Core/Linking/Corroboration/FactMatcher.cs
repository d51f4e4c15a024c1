namespace Search.Core.Linking.Corroboration;

/// <summary>The pair of sentences through which two passages report the same fact, with their overlap and the rule that held.</summary>
internal readonly record struct SentenceMatch(SentenceFeatures Ours, SentenceFeatures Theirs, float Score, LinkBasis Basis = LinkBasis.Sentence);

/// <summary>
/// Decides whether two passages report the same fact, by the first of three rules that holds:
/// <list type="number">
/// <item>a pair of sentences is alike as wholes (<see cref="LinkingOptions.Threshold"/>);</item>
/// <item>a pair of sentences shares a short phrase that names an event ("rising fuel prices", "increased fuel prices"),
/// however much else the sentences say (<see cref="LinkingOptions.PhraseWords"/>);</item>
/// <item>the two paragraphs are alike as wholes and share an event word or an exact number (<see cref="LinkingOptions.ParagraphThreshold"/>).</item>
/// </list>
/// Sentences whose figures contradict match only on what they say beside their counts; sentences that count one kind of
/// event with different numbers never match.
/// One matcher serves one article's links: the story's theme words and its common words (null: none) are its own.
/// </summary>
internal sealed class FactMatcher(LinkingOptions options, NewsEvents events, IReadOnlySet<string> themes, IReadOnlySet<string>? common = null, NewsOpposites? opposites = null)
{
    public SentenceMatch? Match(IReadOnlyList<SentenceFeatures> ours, IReadOnlyList<SentenceFeatures> theirs)
    {
        SentenceMatch? closest = null, phrase = null;
        float phraseWeight = 0;
        bool contradiction = false;
        foreach (var mine in ours)
        {
            foreach (var other in theirs)
            {
                // Two sentences that give different figures for one count do not corroborate each other, however alike their words;
                // nor do two that count the same kind of event with different numbers ("dozens killed" and "13 killed").
                if (Contradict(mine, other))
                {
                    contradiction = true;
                    if (!AgreeOnAnotherCount(mine, other))
                    {
                        if (BesideTheirCounts(mine, other) is { } beside && beside.Score > (closest?.Score ?? 0)) closest = beside;
                        continue;
                    }
                }
                if (CountDifferently(mine, other) || DatedDifferently(mine, other) || PlacedDifferently(mine, other) || Opposed(mine, other)) continue;
                var (score, shared) = mine.Compare(other);
                if (shared >= options.MinShared && score > (closest?.Score ?? 0) && BeyondTheScene(mine, other) >= options.BeyondScene) closest = new(mine, other, score);
                if (options.PhraseWords < 2) continue;
                // Read from both sides: a phrase is found from the first sentence's windows, so the two directions may differ, and
                // a link one article's page showed was missing from the other's.
                var (weight, words) = Stronger(mine.Phrase(other, options.PhraseWords, k => IsEventIn(k, mine, other)),
                    other.Phrase(mine, options.PhraseWords, k => IsEventIn(k, other, mine)));
                if (words.Count >= 2 && weight >= options.PhraseWeight && weight > phraseWeight && Telling(words, mine, other))
                    (phrase, phraseWeight) = (new(mine, other, score, LinkBasis.Phrase), weight);
            }
        }
        if (closest is { } sentences && sentences.Score >= options.Threshold) return sentences;
        if (phrase != null) return phrase;

        // A fact spread over a paragraph in each report: the paragraphs as wholes, linked by their closest sentences. Two paragraphs
        // whose figures contradict are alike because they report one count differently: a conflict, not a shared fact.
        if (closest is not { } nearest || contradiction) return null;
        var (ourWhole, theirWhole) = (SentenceFeatures.Union("", ours), SentenceFeatures.Union("", theirs));
        var (whole, wholeShared) = ourWhole.Compare(theirWhole);
        if (wholeShared < options.MinShared * 2 || whole < options.ParagraphThreshold) return null;
        // Paragraphs, wider than sentences, must share one thing more beyond their scene.
        if (options.BeyondScene > 0 && BeyondTheScene(ours, theirs, ourWhole, theirWhole) < options.BeyondScene + 1) return null;
        return SharesEventOrNumber(ours, theirs) ? nearest with { Score = whole, Basis = LinkBasis.Paragraph } : null;
    }

    /// <summary>
    /// The tallies that two sentences alike beside their numbers give differently: "It says it has 1,300 members at Albion" and
    /// "The union, which has 1,200 members at Albion, is holding out for a 15% rise". A tally is compared only so, as its words
    /// alone do not say which count it is.
    /// </summary>
    public IEnumerable<(SentenceFeatures Ours, SentenceFeatures Theirs, Tally Mine, Tally Other)> TalliedDifferently(IReadOnlyList<SentenceFeatures> ours, IReadOnlyList<SentenceFeatures> theirs)
    {
        foreach (var mine in ours.Where(s => s.Tallies.Count > 0))
            foreach (var other in theirs.Where(s => s.Tallies.Count > 0))
            {
                if (DatedDifferently(mine, other) || PlacedDifferently(mine, other) || Opposed(mine, other)) continue;
                var numbers = mine.Weights.Keys.Concat(other.Weights.Keys).Where(k => k.StartsWith("n:", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
                var (score, shared) = mine.Compare(other, numbers);
                if (shared < options.MinShared || score < options.Threshold || BeyondTheScene(mine, other) < options.BeyondScene) continue;
                foreach (var tally in mine.Tallies)
                {
                    var rivals = other.Tallies.Where(tally.Rivals).ToList();
                    // Any two counts of the thing that agree: "savings of 400 million" beside "costs of 1.1 billion" is no rival to 1.1 billion.
                    if (rivals.Count == 0 || mine.Tallies.Where(t => t.Things.Overlaps(tally.Things)).Any(t => rivals.Any(r => t.Number.Agrees(r.Number)))) continue;
                    yield return (mine, other, tally, rivals[0]);
                }
            }
    }

    // What two sentences share beyond their scene: "Protesters tried to break into buildings during Wednesday night in Almaty"
    // and "At a rally in Almaty on Wednesday night, a protester reiterated these concerns" share the city, the night and the
    // protesters, which is the story, not a fact of it.
    private static int BeyondTheScene(SentenceFeatures a, SentenceFeatures b) =>
        a.Weights.Keys.Count(k => b.Weights.ContainsKey(k) && !a.InScene(k) && !b.InScene(k));

    private static int BeyondTheScene(IReadOnlyList<SentenceFeatures> ours, IReadOnlyList<SentenceFeatures> theirs, SentenceFeatures ourWhole, SentenceFeatures theirWhole)
    {
        var scene = ours.Concat(theirs).SelectMany(s => s.Scene).ToHashSet(StringComparer.Ordinal);
        return ourWhole.Weights.Keys.Count(k => theirWhole.Weights.ContainsKey(k) && !scene.Contains(k) && !ours[0].SceneWords.Contains(k));
    }

    private static (float Weight, IReadOnlySet<string> Words) Stronger((float Weight, IReadOnlySet<string> Words) a, (float Weight, IReadOnlySet<string> Words) b) =>
        b.Weight > a.Weight || (b.Weight == a.Weight && b.Words.Count > a.Words.Count) ? b : a;

    // A phrase tells a fact when one of its words at least is neither common in the story (LinkingOptions.PhraseCommonShare)
    // nor of its scene, or the sentences share a count above ten: "storm before people said" and "rescue areas" had linked
    // sentences of one story that state different facts.
    private bool Telling(IReadOnlySet<string> words, SentenceFeatures a, SentenceFeatures b) =>
        common == null || words.Any(k => !common.Contains(k) && !a.InScene(k) && !b.InScene(k))
        || a.Weights.Keys.Any(k => k.StartsWith("n:", StringComparison.Ordinal) && b.Weights.ContainsKey(k) && Telling(k));

    // A number above ten that is not a year; its unit, if any ("n:40%", "n:3 d"), aside.
    private static bool Telling(string numberKey)
    {
        var digits = numberKey.AsSpan(2);
        if (digits.IndexOfAny(" %°") is >= 0 and var unit) digits = digits[..unit];
        return double.TryParse(digits, System.Globalization.CultureInfo.InvariantCulture, out double v) && v > 10 && !(v >= 1900 && v <= 2100 && v == Math.Floor(v));
    }

    // An event word that is not the story's theme, nor a word of either sentence's names ("Treaty" in Collective Security
    // Treaty Organization is no treaty signed); with the events switched off, any word.
    private bool IsEventIn(string key, SentenceFeatures a, SentenceFeatures b) =>
        events.IsEmpty || (events.Contains(key) && !themes.Contains(key) && !a.NameWords.Contains(key) && !b.NameWords.Contains(key));

    // The event or number must be shared by two sentences that may state one fact: "killed" in "dozens of protesters were
    // killed" and in "13 police were killed" is two counts, not a shared event.
    private bool SharesEventOrNumber(IReadOnlyList<SentenceFeatures> ours, IReadOnlyList<SentenceFeatures> theirs)
    {
        if (events.IsEmpty) return true;
        return ours.Any(mine => theirs.Any(other => !Contradict(mine, other) && !CountDifferently(mine, other) && !DatedDifferently(mine, other) && !Opposed(mine, other)
            && mine.Weights.Keys.Any(k => (k.StartsWith("n:", StringComparison.Ordinal) || IsEventIn(k, mine, other)) && other.Weights.ContainsKey(k))));
    }

    // "Search and rescue operations were continuing" and "we have concluded the search and rescue phase" (a QA session).
    // "No patient deaths had been linked to the outage" and "Three deaths were linked to the outage" (an eighth QA pass).
    private bool Opposed(SentenceFeatures a, SentenceFeatures b) =>
        opposites != null && opposites.Opposed(a, b) || a.DeniesWhatItCounts(b) || b.DeniesWhatItCounts(a);

    // Both name cities or regions, and none in common: "travelling from Multan to Lahore" and "from Karachi to Rawalpindi" tell
    // of two trains.
    private static bool PlacedDifferently(SentenceFeatures a, SentenceFeatures b) =>
        a.Places.Count > 0 && b.Places.Count > 0 && !a.Places.Overlaps(b.Places);

    // Both name calendar days, and none in common: "an aftershock on March 16" and "the quake of 14 March" are two events. So
    // are a sentence that opens on another year than the other's ("In 2018, more than 160 people died") and today's report.
    private static bool DatedDifferently(SentenceFeatures a, SentenceFeatures b)
    {
        if (a.Time.Differs(b.Time)) return true;
        var days = a.Weights.Keys.Where(k => k.StartsWith("d:", StringComparison.Ordinal)).ToList();
        return days.Count > 0 && b.Weights.Keys.Any(k => k.StartsWith("d:", StringComparison.Ordinal)) && !days.Any(b.Weights.ContainsKey);
    }

    // Both count the same kinds of event, and no count of theirs agrees with one of ours: "dozens killed" and "13 killed" are two facts.
    // One candidate's share and another's are two kinds, as are two people's prison terms.
    private static bool CountDifferently(SentenceFeatures a, SentenceFeatures b) => Figure.CountDifferently(a.Figures, b.Figures);

    private static bool Contradict(SentenceFeatures a, SentenceFeatures b) => a.Figures.Any(f => b.Figures.Any(f.Contradicts));

    // Two sentences that give one count differently may state one fact beside it: "34 people were killed when a passenger ferry
    // capsized in heavy seas in the Alas Strait" and "at least 40 people dead … after the ferry capsized in the Alas Strait".
    // Compared without the words and numbers of their counts, they must still be alike as wholes.
    private SentenceMatch? BesideTheirCounts(SentenceFeatures a, SentenceFeatures b)
    {
        var without = a.CountWords.Union(b.CountWords).Concat(a.Weights.Keys.Concat(b.Weights.Keys).Where(k => k.StartsWith("n:", StringComparison.Ordinal)))
            .ToHashSet(StringComparer.Ordinal);
        var (score, shared) = a.Compare(b, without);
        return shared >= options.MinShared && score >= options.Threshold ? new SentenceMatch(a, b, score) : null;
    }

    // "Police arrested 12 people, and nine officers were injured" and "14 people were arrested and nine officers were injured"
    // disagree on the arrests and state the injured alike: a conflict, and a shared fact.
    private static bool AgreeOnAnotherCount(SentenceFeatures a, SentenceFeatures b) =>
        a.Figures.Any(f => b.Figures.Any(g => f.Event == g.Event && f.SameSubject(g) && f.Number.Agrees(g.Number)
            && !a.Figures.Any(x => x.Event == f.Event && b.Figures.Any(x.Contradicts))));
}
