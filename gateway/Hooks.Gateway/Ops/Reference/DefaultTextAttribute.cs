namespace Hooks.Gateway.Ops.Reference;

/// <summary>How the configuration reference states a default that depends on the machine (the number of cores, say).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class DefaultTextAttribute(string text) : Attribute
{
    public string Text { get; } = text;
}
