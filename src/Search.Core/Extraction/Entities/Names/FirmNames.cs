namespace Search.Core.Extraction;

/// <summary>Words that end today's firms' names, as <see cref="ClubNames"/> holds those of clubs.</summary>
internal static class FirmNames
{
    /// <summary>
    /// Endings of today's company names ("Northern Star Resources", "Hudbay Minerals", "SM Entertainment"), which end a name
    /// only where no "and" carries it on ("Minnesota Mining and Manufacturing Co").
    /// </summary>
    public static readonly HashSet<string> Endings = new(
        ["Resources", "Mining", "Minerals", "Holding", "Entertainment", "Insurance", "Management", "Motors", "Observatory", "Regulator"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Firms' endings no surname has, which a blind probe found read as people when listed after a person ("investor Tom Harlow
    /// and Greenfield Ventures"; on Reuters "Donald Trump and Interstate Properties", "Guardman Investment").
    /// </summary>
    public static readonly HashSet<string> NoSurnames = new(
        ["Ventures", "Properties", "Investment", "Investments", "Logistics", "Solutions", "Enterprises"], StringComparer.OrdinalIgnoreCase);
}
