using Hooks.Contracts.Events;
using Hooks.Gateway.Sources;
using Microsoft.Extensions.Configuration;

namespace Hooks.Gateway.Tests.Verification;

public sealed class SourceRegistryFacts
{
    [Fact]
    public void Sources_come_from_environment_variables_in_the_aspnet_form()
    {
        string name = "env" + Guid.NewGuid().ToString("N")[..8];
        Environment.SetEnvironmentVariable($"Hooks__Sources__{name}__Forge", "bitbucketserver");
        Environment.SetEnvironmentVariable($"Hooks__Sources__{name}__Secret", "from-the-environment");
        try
        {
            var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();

            var source = SourceRegistry.FromConfiguration(configuration).Get(name.ToUpperInvariant());

            Assert.NotNull(source);
            Assert.Equal(Forge.BitbucketServer, source.Forge);
            Assert.Equal("from-the-environment", source.Secret);
        }
        finally
        {
            Environment.SetEnvironmentVariable($"Hooks__Sources__{name}__Forge", null);
            Environment.SetEnvironmentVariable($"Hooks__Sources__{name}__Secret", null);
        }
    }

    [Fact]
    public void Unknown_forge_stops_the_start_with_a_message_naming_the_setting()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Hooks:Sources:x:Forge"] = "SourceForge" })
            .Build();

        var error = Assert.Throws<InvalidOperationException>(() => SourceRegistry.FromConfiguration(configuration));

        Assert.Contains("Hooks:Sources:x:Forge is 'SourceForge'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Directory_for_plugins_lists_sources_without_their_secrets_or_tokens()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Hooks:Sources:lab:Forge"] = "GitLab",
                ["Hooks:Sources:lab:Secret"] = "s3cret",
                ["Hooks:Sources:lab:BaseUrl"] = "https://gitlab.example.com",
                ["Hooks:Sources:lab:Token"] = "glpat-x",
            })
            .Build();

        var info = SourceRegistry.FromConfiguration(configuration).Find("lab");

        Assert.Equal(new Uri("https://gitlab.example.com"), info!.BaseUrl);
        Assert.True(info.HasToken);
        Assert.DoesNotContain("s3cret", info.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("glpat-x", info.ToString(), StringComparison.Ordinal);
    }
}
