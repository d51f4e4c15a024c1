using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;

namespace Search.Core.Analysis;

/// <summary>
/// A body's tokens, analyzed once paragraph by paragraph and replayed into both the article's body field
/// (<see cref="Body"/>) and each passage's field (<see cref="Paragraph"/>): analysing every paragraph a
/// second time for its passage cost a third of the indexing time.
/// </summary>
/// <remarks>
/// Replaying gives exactly the tokens of analysing the whole body, but for <see cref="ParagraphGap"/>, because <see cref="NewsAnalyzer"/>'s
/// chain never joins tokens across a blank line (the tokenizer always breaks at a line end, and every filter
/// looks at one token): the body's tokens are the paragraphs' tokens one after another, offsets moved by the
/// paragraph's start, and the positions a paragraph's trailing stop words skip carried to the next
/// paragraph's first token. A test compares the postings with those of the body analysed whole.
/// NOTE: the replayed streams hold no analyzer state, so the analyzer is free for other fields at once.
/// </remarks>
internal sealed class ParagraphTokens
{
    /// <summary>
    /// Positions left empty between two paragraphs of the body, so a phrase does not match across a paragraph break ("...
    /// killed.\n\nPolice said" is no "killed police"), as Elasticsearch keeps 100 between the values of a field. A phrase
    /// with a distance over 100 (<c>"a b"~200</c>) may still reach into the next paragraph. Scores do not move: BM25 reads
    /// a field's length in tokens, not positions. A passage's own field holds one paragraph and has no gap.
    /// </summary>
    public const int ParagraphGap = 100;

    private readonly string _text;
    private readonly IReadOnlyList<TextSpan> _paragraphs;
    // Every term's characters one after another: a string per token was garbage for every word indexed.
    private char[] _chars;
    private int _charCount;
    private readonly List<(int Increment, int Start, int End, int TermStart, int TermLength)> _tokens;
    // Per paragraph: its first token's index, and the position increment left at its end (stop words skipped there).
    private readonly int[] _first;
    private readonly int[] _endIncrement;

    private ParagraphTokens(string text, IReadOnlyList<TextSpan> paragraphs)
    {
        _text = text;
        _paragraphs = paragraphs;
        _first = new int[paragraphs.Count + 1];
        _endIncrement = new int[paragraphs.Count];
        // News text runs at about six characters a token; the lists grow if it is denser.
        _tokens = new List<(int, int, int, int, int)>(text.Length / 6 + 16);
        _chars = new char[text.Length + 16];
    }

    private int AddTerm(ICharTermAttribute term)
    {
        int start = _charCount;
        if (_charCount + term.Length > _chars.Length) Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + term.Length));
        Array.Copy(term.Buffer, 0, _chars, _charCount, term.Length);
        _charCount += term.Length;
        return start;
    }

    /// <summary>Analyses each of <paramref name="paragraphs"/> (spans of <paramref name="text"/> with only blank lines between them) as field <paramref name="field"/>.</summary>
    public static ParagraphTokens Analyse(Analyzer analyzer, string field, string text, IReadOnlyList<TextSpan> paragraphs)
    {
        var tokens = new ParagraphTokens(text, paragraphs);
        for (int p = 0; p < paragraphs.Count; p++)
        {
            tokens._first[p] = tokens._tokens.Count;
            using var stream = analyzer.GetTokenStream(field, text.Substring(paragraphs[p].Start, paragraphs[p].Length));
            var term = stream.AddAttribute<ICharTermAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                int termStart = tokens.AddTerm(term);
                tokens._tokens.Add((increment.PositionIncrement, offset.StartOffset, offset.EndOffset, termStart, term.Length));
            }
            stream.End();
            tokens._endIncrement[p] = increment.PositionIncrement;
        }
        tokens._first[paragraphs.Count] = tokens._tokens.Count;
        return tokens;
    }

    /// <summary>The whole text's tokens, for a field holding the whole text.</summary>
    public TokenStream Body() => new Replay(this, 0, _paragraphs.Count, relative: false);

    /// <summary>The tokens of paragraph <paramref name="index"/> (0-based), offsets from its start, for a field holding that paragraph alone.</summary>
    public TokenStream Paragraph(int index) => new Replay(this, index, index + 1, relative: true);

    /// <summary>
    /// An indexed field of <paramref name="type"/> whose tokens are paragraph <paramref name="index"/>'s, as <see cref="Paragraph"/>.
    /// The paragraphs' fields share one stream, pointed at their paragraph when the writer asks for it: a stream's
    /// attributes cost more to set up than a short paragraph's tokens to replay.
    /// </summary>
    /// <remarks>NOTE: the writer reads a field's tokens in full before the next field's, so sharing is safe within one
    /// thread; the fields of one <see cref="ParagraphTokens"/> must not be indexed from two threads at once.</remarks>
    public Field ParagraphField(string name, FieldType type, int index) => new SharedReplayField(name, type, _paragraphReplay ??= new Replay(this, 0, 1, relative: true), index);

    private Replay? _paragraphReplay;

    private sealed class SharedReplayField(string name, FieldType type, Replay replay, int paragraph) : Field(name, replay, type)
    {
        public override TokenStream GetTokenStream(Analyzer analyzer)
        {
            replay.Select(paragraph);
            return replay;
        }
    }

    /// <summary>Plays paragraphs [first, last) back token by token; a stream may be reset and read again.</summary>
    private sealed class Replay : TokenStream
    {
        private readonly ParagraphTokens _source;
        private int _firstParagraph, _lastParagraph;
        private readonly bool _relative;
        private readonly ICharTermAttribute _term;
        private readonly IPositionIncrementAttribute _increment;
        private readonly IOffsetAttribute _offset;
        private int _paragraph, _token, _carried;

        public Replay(ParagraphTokens source, int firstParagraph, int lastParagraph, bool relative) : base(DirectAttributeFactory.Instance)
        {
            _source = source;
            _firstParagraph = firstParagraph;
            _lastParagraph = lastParagraph;
            _relative = relative;
            _term = AddAttribute<ICharTermAttribute>();
            _increment = AddAttribute<IPositionIncrementAttribute>();
            _offset = AddAttribute<IOffsetAttribute>();
        }

        /// <summary>Points the stream at paragraph <paramref name="index"/> alone; <see cref="Reset"/> starts it.</summary>
        public void Select(int index)
        {
            _firstParagraph = index;
            _lastParagraph = index + 1;
        }

        public override void Reset()
        {
            base.Reset();
            _paragraph = _firstParagraph;
            _token = _source._first[_firstParagraph];
            _carried = 0;
        }

        public sealed override bool IncrementToken()
        {
            // Past a paragraph's tokens: carry the positions its trailing stop words skipped to the next one, and the gap.
            while (_paragraph < _lastParagraph && _token >= _source._first[_paragraph + 1])
            {
                _carried += _source._endIncrement[_paragraph];
                _paragraph++;
                if (_paragraph < _lastParagraph) _carried += ParagraphGap;
            }
            if (_paragraph >= _lastParagraph) return false;
            ClearAttributes();
            var (increment, start, end, termStart, termLength) = _source._tokens[_token];
            _term.CopyBuffer(_source._chars, termStart, termLength);
            _increment.PositionIncrement = increment + _carried;
            _carried = 0;
            int shift = _relative ? 0 : _source._paragraphs[_paragraph].Start;
            _offset.SetOffset(start + shift, end + shift);
            _token++;
            return true;
        }

        public override void End()
        {
            base.End();
            // As the analyzer ends a field: the final offset is the text's length, and skipped positions stay counted.
            while (_paragraph < _lastParagraph)
            {
                _carried += _source._endIncrement[_paragraph];
                _paragraph++;
            }
            _increment.PositionIncrement = _carried;
            int length = _relative ? _source._paragraphs[_firstParagraph].Length : _source._text.Length;
            _offset.SetOffset(length, length);
        }
    }
}
