using System.Globalization;
using LuceneNetPort;

// The kit's protocol (../shared/bench/README.md):
//   LuceneNetPort index CORPUS.jsonl INDEX_DIR [ramBufferMB=256]
//   LuceneNetPort query INDEX_DIR QUERIES.txt [variants] [warm=1] [passes=3] [dump|-]
// PORT_PASSAGES=1 makes `index` also add a document per paragraph after each article, as the product does, so the
// library's cost of passage documents can be measured without the product's code; PORT_PASSAGES=apart writes them
// from a second thread into segments of their own. PORT_NORMS=0 and PORT_QUERY (KitSearch) switch other costs off or on.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
if (args.Length >= 3 && args[0] == "index")
{
    double ramMb = args.Length > 3 ? double.Parse(args[3], CultureInfo.InvariantCulture) : 256;
    var passages = Environment.GetEnvironmentVariable("PORT_PASSAGES") switch
    {
        "1" => PassageLayout.AfterArticle,
        "apart" => PassageLayout.Apart,
        _ => PassageLayout.None,
    };
    KitIndexer.Run(args[1], args[2], ramMb, passages);
    return 0;
}
if (args.Length >= 3 && args[0] == "query")
{
    string variants = args.Length > 3 ? args[3] : "nofetch,plain,facets,hl,both";
    int warm = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 1;
    int passes = args.Length > 5 ? int.Parse(args[5], CultureInfo.InvariantCulture) : 3;
    string? dump = args.Length > 6 && args[6] != "-" ? args[6] : null;
    KitQueryRun.Run(args[1], args[2], variants.Split(',', StringSplitOptions.RemoveEmptyEntries), warm, passes, dump);
    return 0;
}
Console.Error.WriteLine("usage: LuceneNetPort index CORPUS INDEX_DIR [ramMB] | LuceneNetPort query INDEX_DIR QUERIES [variants] [warm] [passes] [dump]");
return 2;
