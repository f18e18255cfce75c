namespace Hooks.Gateway.Inbox;

/// <summary>What a retry job found when it tried to take its pair.</summary>
public enum JobStart
{
    /// <summary>The job holds the pair now and runs it.</summary>
    Started,

    /// <summary>Nothing to do: the pair succeeded, was replayed, is retried by another job, or its delivery is gone.</summary>
    Superseded,

    /// <summary>Another run holds a live lease; if that run dies, the ledger runs the pair again when the lease ends.</summary>
    HeldElsewhere,
}
