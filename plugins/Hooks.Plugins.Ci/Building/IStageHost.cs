namespace Hooks.Plugins.Ci.Building;

/// <summary>Runs a build's stages one after the other; disposing it removes what was set up (the container).</summary>
public interface IStageHost : IAsyncDisposable
{
    /// <summary>
    /// Runs <paramref name="command"/> with <c>/bin/sh -c</c> and the variables given, writing its output to the log
    /// under <paramref name="stage"/>; stops it when <paramref name="timeout"/> runs out or the token fires.
    /// </summary>
    Task<StageResult> RunAsync(string stage, string command, IReadOnlyDictionary<string, string> variables, TimeSpan? timeout, CancellationToken cancellationToken);
}
