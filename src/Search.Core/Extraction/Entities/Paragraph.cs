namespace Search.Core.Extraction;

/// <summary>A paragraph prepared for entity recognition: its text, words and capitalized runs, and which words a known name already covers.</summary>
internal sealed class Paragraph
{
    public Paragraph(string text)
    {
        Text = text;
        Words = WordTokenizer.Tokenize(text);
        Covered = new bool[Words.Count];
        Runs = CapitalizedRuns().ToList();
    }

    public string Text { get; }
    public List<Word> Words { get; }
    public bool[] Covered { get; }

    /// <summary>Maximal runs [Start, End) of capitalized words joined by spaces, allowing connectors such as "of" inside.</summary>
    public List<(int Start, int End)> Runs { get; }

    public string Surface(int start, int end) => Text[Words[start].Start..Words[end - 1].End];

    public bool Joined(int i) => WordTokenizer.Joined(Text, Words, i);

    public bool AllJoined(int start, int end)
    {
        for (int k = start; k < end - 1; k++)
            if (!Joined(k)) return false;
        return true;
    }

    /// <summary>Capitalization carries no signal in a shouting headline ("JAMES RIVER TO REBUILD MILL").</summary>
    public bool IsMostlyUpperCase => Text.Count(char.IsUpper) > 3 * Text.Count(char.IsLower);

    private IEnumerable<(int Start, int End)> CapitalizedRuns()
    {
        int i = 0;
        while (i < Words.Count)
        {
            if (!IsNameWord(Words[i]) || EntityRules.NotNames.Contains(Words[i].Text))
            {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < Words.Count && Joined(end - 1))
            {
                if (IsNameWord(Words[end])) end++;
                else if (EntityRules.Connectors.Contains(Words[end].Text) && end + 1 < Words.Count && Joined(end) && IsNameWord(Words[end + 1])) end += 2;
                else break;
            }
            yield return (i, end);
            i = end;
        }
    }

    private static bool IsNameWord(Word w) => w.IsCapitalized && !EntityRules.Calendar.Contains(w.Text);
}
