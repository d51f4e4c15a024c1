namespace Search.Cli.Load;

/// <summary>The load run could not go on (the site is down, its index is empty, the indexer failed to start); the message says why.</summary>
internal sealed class LoadFailedException(string message) : Exception(message);
