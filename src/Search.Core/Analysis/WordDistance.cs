namespace Search.Core.Analysis;

/// <summary>How near two written words are: the edits between them, and how many letters they end alike.</summary>
internal static class WordDistance
{
    /// <summary>The letters inserted, deleted or replaced to make one word the other (Levenshtein's distance).</summary>
    public static int Edits(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (int i = 1; i <= a.Length; i++)
        {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.Length];
    }

    /// <summary>How many letters the two words end with alike: an inflection ("detained", "arrested") shows there.</summary>
    public static int CommonEnding(string a, string b)
    {
        int n = 0;
        while (n < Math.Min(a.Length, b.Length) && a[^(n + 1)] == b[^(n + 1)]) n++;
        return n;
    }
}
