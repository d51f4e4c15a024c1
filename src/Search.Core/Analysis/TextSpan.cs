namespace Search.Core.Analysis;

/// <summary>A half-open character range [Start, End) in a text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(int offset) => offset >= Start && offset < End;
}
