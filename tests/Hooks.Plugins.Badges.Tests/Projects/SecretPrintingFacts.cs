using Hooks.Plugins.Badges.Projects;
using Hooks.Testing;

namespace Hooks.Plugins.Badges.Tests.Projects;

/// <summary>No type of the badges plugin that holds a token prints it.</summary>
public sealed class SecretPrintingFacts
{
    [Fact]
    public void No_badges_type_prints_its_token()
    {
        var types = SecretPrinting.TypesHoldingSecrets(typeof(BadgeProject).Assembly);

        Assert.Contains(typeof(BadgeProject), types);
        Assert.Empty(SecretPrinting.Leaks(types));
    }
}
