namespace Hooks.Plugins.Dashboard.Storage;

/// <summary>Where a job's log is in its one fetch.</summary>
public enum LogState
{
    /// <summary>Not needed (yet).</summary>
    NotAsked = 0,

    /// <summary>A fetch is queued.</summary>
    Queued = 1,

    /// <summary>Fetched and classified.</summary>
    Classified = 2,

    /// <summary>The forge has no log for it.</summary>
    Missing = 3,

    /// <summary>The fetch failed after its retries; the next backfill asks again.</summary>
    Failed = 4,
}
