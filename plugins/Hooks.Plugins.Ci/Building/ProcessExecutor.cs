using Hooks.Contracts.Platform;

namespace Hooks.Plugins.Ci.Building;

/// <summary>Runs a <c>machineTag</c> build's stages as shell processes in the checkout, on this host, through the gateway's process runner.</summary>
public sealed class ProcessExecutor(IProcessRunner processes) : IBuildExecutor
{
    public async Task<IStageHost> StartAsync(BuildPlan plan, StageLog log, CancellationToken cancellationToken)
    {
        await log.WriteAsync(DockerExecutor.SetupStage, $"Running on this worker (machineTag {plan.Config.MachineTag}) in {plan.CheckoutPath}");
        return new ProcessStageHost(processes, plan.CheckoutPath, log);
    }
}
