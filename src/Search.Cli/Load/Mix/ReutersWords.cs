namespace Search.Cli.Load;

/// <summary>
/// Words and phrases common in Reuters-21578 (commodities, markets, companies), so the mix's queries find
/// articles the way a reader's would; rare or absent words would make every query artificially cheap.
/// </summary>
internal static class ReutersWords
{
    public static readonly IReadOnlyList<string> Keywords =
    [
        "oil", "wheat", "bank", "dollar", "tariff", "coffee", "sugar", "shares", "profit", "loss",
        "acquisition", "merger", "opec", "yen", "gold", "copper", "cocoa", "earnings", "dividend", "debt",
        "inflation", "budget", "exports", "imports", "strike", "crude", "gas", "rubber", "soybeans", "corn",
        "treasury", "rates", "bonds", "reserves", "deficit", "surplus", "grain", "shipping", "steel", "tin",
    ];

    public static readonly IReadOnlyList<string> Phrases =
    [
        "interest rates", "trade deficit", "crude oil", "stock split", "central bank", "money supply",
        "net loss", "quarterly dividend", "oil prices", "grain exports", "federal reserve", "current account",
    ];

    /// <summary>Stems of four or more letters: cheap enough to expand, long enough to match many words.</summary>
    public static readonly IReadOnlyList<string> Prefixes =
    [
        "export", "acqui", "divid", "financ", "merg", "petrol", "shipm", "produc", "invest", "negoti",
    ];
}
