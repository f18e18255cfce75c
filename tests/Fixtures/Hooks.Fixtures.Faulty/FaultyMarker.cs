namespace Hooks.Fixtures.Faulty;

/// <summary>Registered first by the plugin: if its registration fails half-way, this must not stay registered.</summary>
public sealed class FaultyMarker;
