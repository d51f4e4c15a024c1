namespace Search.Core.Relevance;

/// <summary>
/// Reads a collection in TREC form: documents as the indexer's JSON Lines (<c>id</c>, <c>title</c>, <c>body</c>),
/// topics as a TSV of <c>id &lt;tab&gt; text</c>, and qrels (<c>qid iter docid grade</c>, graded or binary).
/// </summary>
public static class TrecCollectionReader
{
    public static JudgedCollection Read(string documents, string topics, string qrels)
    {
        foreach (string file in new[] { documents, topics, qrels })
            if (!File.Exists(file)) throw new FileNotFoundException($"{file}: no such file");
        var list = new List<Topic>();
        int number = 0;
        foreach (string line in File.ReadLines(topics))
        {
            number++;
            if (line.Trim().Length == 0) continue;
            int tab = line.IndexOf('\t');
            if (tab <= 0) throw new FormatException($"{topics}:{number}: expected 'id<tab>text'");
            list.Add(new Topic(line[..tab].Trim(), line[(tab + 1)..].Trim()));
        }
        return new JudgedCollection(Path.GetFileNameWithoutExtension(documents), documents, list, SmartCollectionReader.ReadJudgments(qrels));
    }
}
