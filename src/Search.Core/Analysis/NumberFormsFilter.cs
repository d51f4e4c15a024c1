using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Search.Core.Analysis;

/// <summary>
/// At query time, a number also finds its other writing: "2000" finds "2,000" and "2,000" finds "2000", as the index keeps
/// each as written (one token each). Both are the number typed, so both weigh alike: the other form is stacked at the same
/// position, which the query parser reads as either word, and inside a phrase as either word at that place.
/// </summary>
internal sealed partial class NumberFormsFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private State? _state;
    private string? _other;

    public NumberFormsFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_other != null)
        {
            RestoreState(_state);
            _term.SetEmpty().Append(_other);
            _position.PositionIncrement = 0;
            _other = null;
            return true;
        }
        if (!m_input.IncrementToken()) return false;
        _other = OtherForm(_term.ToString());
        if (_other != null) _state = CaptureState();
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _other = null;
        _state = null;
    }

    [GeneratedRegex(@"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Grouped();

    [GeneratedRegex(@"^(\d{4,})(\.\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Ungrouped();

    /// <summary>The number written the other way ("2,000" and "2000", "1,500.5" and "1500.5"), or null for any other word.</summary>
    internal static string? OtherForm(string word)
    {
        if (Grouped().IsMatch(word)) return word.Replace(",", "", StringComparison.Ordinal);
        var ungrouped = Ungrouped().Match(word);
        // A number written with a leading zero ("0800", a time or a code) is not a count.
        if (!ungrouped.Success || word[0] == '0' || ungrouped.Groups[1].Length > 15) return null;
        string whole = ungrouped.Groups[1].Value;
        var grouped = new System.Text.StringBuilder();
        for (int i = 0; i < whole.Length; i++)
        {
            if (i > 0 && (whole.Length - i) % 3 == 0) grouped.Append(',');
            grouped.Append(whole[i]);
        }
        return grouped + ungrouped.Groups[2].Value;
    }
}
