namespace Hooks.Plugins.Ci.Building;

/// <summary>Where a build's stages run: one Docker container of its <c>image</c>, or processes on a tagged worker.</summary>
public interface IBuildExecutor
{
    /// <summary>Sets up the place the stages run in (the <c>setup</c> stage); its messages go to <paramref name="log"/>.</summary>
    /// <exception cref="BuildSetupException">It could not be set up.</exception>
    Task<IStageHost> StartAsync(BuildPlan plan, StageLog log, CancellationToken cancellationToken);
}
