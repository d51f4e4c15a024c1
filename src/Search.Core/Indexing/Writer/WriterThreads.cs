using System.Runtime.ExceptionServices;

namespace Search.Core.Indexing.Writer;

/// <summary>
/// Runs the costly part of indexing an article (extraction, analysis, Lucene's inversion) on several threads while
/// the caller goes on reading its input in order. Lucene's writer takes documents from many threads at once, each
/// thread filling its own in-memory segment. With one thread the work runs inline on the caller's thread.
/// </summary>
/// <remarks>
/// Work posted for one article id must not overlap work for the same id (a replacement's delete would race the
/// earlier add): the caller drains before posting an id it has already posted. A failure on a worker stops the
/// rest of the work and is thrown, with its own stack, from the caller's next <see cref="Post"/> or <see cref="Drain"/>.
/// </remarks>
internal sealed class WriterThreads : IDisposable
{
    // Work goes to the threads in batches, and waits on a plain monitor: a BlockingCollection took each article alone and
    // its semaphore spun the reading thread on a full queue, which on two cores took the CPU the writers needed.
    private const int BatchSize = 32, BatchesPerThread = 4;

    private readonly Queue<List<Action>> _queue = new();
    private readonly int _capacity;
    private readonly Thread[] _threads = [];
    private readonly object _gate = new();
    private List<Action> _batch = new(BatchSize);
    private int _inFlight;
    private bool _closed;
    private ExceptionDispatchInfo? _failure;

    public WriterThreads(int threads)
    {
        if (threads <= 1) return;
        _capacity = threads * BatchesPerThread;
        _threads = Enumerable.Range(0, threads).Select(i => new Thread(Work) { IsBackground = true, Name = $"index-writer-{i}" }).ToArray();
        foreach (var thread in _threads) thread.Start();
    }

    /// <summary>Runs <paramref name="write"/> on a worker, waiting while the queue is full; inline with one thread.</summary>
    public void Post(Action write)
    {
        ThrowIfFailed();
        if (_threads.Length == 0)
        {
            write();
            return;
        }
        _batch.Add(write);
        if (_batch.Count >= BatchSize) Send();
    }

    /// <summary>Waits until everything posted so far is written.</summary>
    public void Drain()
    {
        Send();
        lock (_gate)
            while (_inFlight > 0) Monitor.Wait(_gate);
        ThrowIfFailed();
    }

    private void Send()
    {
        if (_batch.Count == 0) return;
        lock (_gate)
        {
            while (_queue.Count >= _capacity) Monitor.Wait(_gate);
            _queue.Enqueue(_batch);
            _inFlight++;
            Monitor.PulseAll(_gate);
        }
        _batch = new List<Action>(BatchSize);
    }

    private void Work()
    {
        while (true)
        {
            List<Action> batch;
            lock (_gate)
            {
                while (_queue.Count == 0 && !_closed) Monitor.Wait(_gate);
                if (_queue.Count == 0) return;
                batch = _queue.Dequeue();
                Monitor.PulseAll(_gate);
            }
            try
            {
                foreach (var write in batch)
                    if (Volatile.Read(ref _failure) == null) write();
            }
            catch (Exception e)
            {
                Interlocked.CompareExchange(ref _failure, ExceptionDispatchInfo.Capture(e), null);
            }
            finally
            {
                lock (_gate)
                {
                    _inFlight--;
                    Monitor.PulseAll(_gate);
                }
            }
        }
    }

    private void ThrowIfFailed() => Volatile.Read(ref _failure)?.Throw();

    /// <summary>Lets the workers finish what is queued and stops them.</summary>
    public void Dispose()
    {
        if (_threads.Length == 0) return;
        Send();
        lock (_gate)
        {
            _closed = true;
            Monitor.PulseAll(_gate);
        }
        foreach (var thread in _threads) thread.Join();
    }
}
