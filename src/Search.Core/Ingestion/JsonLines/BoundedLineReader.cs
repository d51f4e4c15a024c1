namespace Search.Core.Ingestion.JsonLines;

/// <summary>
/// Reads a stream line by line as raw bytes, never holding more than <c>maxLineBytes</c> of one line:
/// a longer line is skipped to its end and reported as too long, so one runaway line cannot exhaust memory.
/// </summary>
internal sealed class BoundedLineReader(Stream stream, long maxLineBytes)
{
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _start, _end;
    private bool _eof;

    /// <summary>The next line (without its line end): its bytes, or null bytes and <c>TooLong</c> when it exceeded the limit. False at the end.</summary>
    public bool Next(out byte[]? line, out bool tooLong)
    {
        var current = new MemoryStream();
        tooLong = false;
        line = null;
        while (true)
        {
            if (_start == _end && !Fill())
            {
                if (current.Length == 0 && !tooLong) return false;
                break;
            }
            int newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            int stop = newline < 0 ? _end : newline;
            if (!tooLong)
            {
                if (current.Length + (stop - _start) > maxLineBytes)
                {
                    tooLong = true;
                    current.SetLength(0);
                }
                else current.Write(_buffer, _start, stop - _start);
            }
            _start = newline < 0 ? _end : newline + 1;
            if (newline >= 0) break;
        }
        if (!tooLong)
        {
            line = current.ToArray();
            if (line.Length > 0 && line[^1] == (byte)'\r') line = line[..^1];
        }
        return true;
    }

    private bool Fill()
    {
        if (_eof) return false;
        _start = 0;
        _end = stream.Read(_buffer, 0, _buffer.Length);
        if (_end == 0) _eof = true;
        return !_eof;
    }
}
