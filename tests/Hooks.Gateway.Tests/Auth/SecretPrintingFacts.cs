using Hooks.Contracts.Plugins;
using Hooks.Gateway.Sources;
using Hooks.Testing;

namespace Hooks.Gateway.Tests.Auth;

/// <summary>No type of the gateway or the contracts that holds a secret prints it: a record's generated ToString would.</summary>
public sealed class SecretPrintingFacts
{
    [Fact]
    public void Types_holding_secrets_are_found_at_all()
    {
        var found = SecretPrinting.TypesHoldingSecrets(typeof(Source).Assembly).Concat(SecretPrinting.TypesHoldingSecrets(typeof(SourceInfo).Assembly));

        Assert.Contains(typeof(Source), found);
        Assert.DoesNotContain(typeof(SourceInfo), found); // plugins get no token: IForgeClients keeps it in the gateway
    }

    [Fact]
    public void No_gateway_or_contracts_type_prints_its_secrets()
    {
        var types = SecretPrinting.TypesHoldingSecrets(typeof(Source).Assembly).Concat(SecretPrinting.TypesHoldingSecrets(typeof(SourceInfo).Assembly));

        Assert.Empty(SecretPrinting.Leaks(types));
    }

    [Fact]
    public void The_check_catches_a_record_that_prints_its_token()
    {
        Assert.Equal([typeof(LeakyRecord).FullName!], SecretPrinting.Leaks([typeof(LeakyRecord)]));
    }

    private sealed record LeakyRecord(string Name, string Token);
}
