namespace Hooks.Plugins.Badges.Tests.Support;

/// <summary>A test class whose every test gets a gateway of its own, watching the stocked facility project.</summary>
public abstract class FacilityFacts : IDisposable
{
    protected FacilityFacts() => Facility.Stock(Gateway.GitLab);

    protected BadgesGateway Gateway { get; } = new();

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            Gateway.Dispose();
        }
    }
}
