using System.Globalization;
using System.Net;
using Docker.DotNet;
using Docker.DotNet.Models;
using Hooks.Plugins.Ci.Configuration;

namespace Hooks.Plugins.Ci.Building;

/// <summary>
/// Runs a build in one container of its <c>image</c> (pulled only when missing), the checkout mounted at
/// <c>/.ocelot/&lt;hash&gt;</c>, each stage a <c>docker exec</c>; the container is removed afterwards. No Docker socket and
/// no host network unless <c>MountDockerSocket</c> / <c>NetworkMode</c> say so.
/// </summary>
public sealed class DockerExecutor(DockerEngine engine, CiSettings settings) : IBuildExecutor
{
    public const string SetupStage = "setup";
    public const string BuildLabel = "hooks.ci.build";

    public async Task<IStageHost> StartAsync(BuildPlan plan, StageLog log, CancellationToken cancellationToken)
    {
        var client = engine.Client;
        string image = plan.Config.Image!;
        try
        {
            await RemoveEarlierAttemptsAsync(client, plan, log, cancellationToken);
            await EnsureImageAsync(client, image, log, cancellationToken);
            var binds = new List<string> { $"{plan.CheckoutPath}:{plan.ContainerWorkspace}" };
            if (settings.Options.MountDockerSocket)
            {
                binds.Add("/var/run/docker.sock:/var/run/docker.sock");
            }

            var created = await client.Containers.CreateContainerAsync(new CreateContainerParameters
            {
                Name = $"hooks-ci-{plan.Build.Id.ToString(CultureInfo.InvariantCulture)}-{plan.Runner.ToString("N")[..8]}",
                Image = image,
                Entrypoint = ["/bin/sh", "-c"],
                Cmd = ["while :; do sleep 3600; done"],
                Labels = new Dictionary<string, string> { [BuildLabel] = plan.Build.Id.ToString(CultureInfo.InvariantCulture) },
                HostConfig = new HostConfig { Binds = binds, NetworkMode = settings.Options.NetworkMode, AutoRemove = false },
            }, cancellationToken);
            var host = new DockerStageHost(client, created.ID, log);
            try
            {
                await client.Containers.StartContainerAsync(created.ID, new ContainerStartParameters(), cancellationToken);
            }
            catch
            {
                await host.DisposeAsync();
                throw;
            }

            await log.WriteAsync(SetupStage, $"Container created with ID {created.ID[..12]} from {image}, the checkout at {plan.ContainerWorkspace}");
            return host;
        }
        catch (DockerApiException error)
        {
            throw new BuildSetupException($"docker: {error.StatusCode}: {Trim(error.ResponseBody)}", error);
        }
        catch (HttpRequestException error)
        {
            throw new BuildSetupException($"docker did not answer at {settings.Options.DockerEndpoint}: {error.Message}", error);
        }
    }

    /// <summary>A container an earlier attempt of the build left on this host (its worker died) goes before the new one starts.</summary>
    private static async Task RemoveEarlierAttemptsAsync(DockerClient client, BuildPlan plan, StageLog log, CancellationToken cancellationToken)
    {
        var earlier = await client.Containers.ListContainersAsync(new ContainersListParameters
        {
            All = true,
            Filters = new Dictionary<string, IDictionary<string, bool>>
            {
                ["label"] = new Dictionary<string, bool> { [$"{BuildLabel}={plan.Build.Id.ToString(CultureInfo.InvariantCulture)}"] = true },
            },
        }, cancellationToken);
        foreach (var container in earlier)
        {
            await client.Containers.RemoveContainerAsync(container.ID, new ContainerRemoveParameters { Force = true }, cancellationToken);
            await log.WriteAsync(SetupStage, $"Removed container {container.ID[..12]} of an earlier attempt");
        }
    }

    private static async Task EnsureImageAsync(DockerClient client, string image, StageLog log, CancellationToken cancellationToken)
    {
        try
        {
            await client.Images.InspectImageAsync(image, cancellationToken);
            await log.WriteAsync(SetupStage, $"Image {image} is present");
            return;
        }
        catch (DockerApiException error) when (error.StatusCode == HttpStatusCode.NotFound)
        {
        }

        await log.WriteAsync(SetupStage, $"Pulling {image}...");
        int colon = image.LastIndexOf(':');
        bool tagged = colon > image.LastIndexOf('/');
        await client.Images.CreateImageAsync(
            new ImagesCreateParameters { FromImage = tagged ? image[..colon] : image, Tag = tagged ? image[(colon + 1)..] : "latest" },
            null,
            new Progress<JSONMessage>(),
            cancellationToken);
        try
        {
            await client.Images.InspectImageAsync(image, cancellationToken);
        }
        catch (DockerApiException error) when (error.StatusCode == HttpStatusCode.NotFound)
        {
            throw new BuildSetupException($"image {image} is not present and could not be pulled", error);
        }
    }

    private static string Trim(string? text)
    {
        string trimmed = (text ?? "").Trim();
        return trimmed.Length > 300 ? trimmed[..300] : trimmed;
    }
}
