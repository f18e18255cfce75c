namespace Hooks.Plugins.Ci.Configuration;

/// <summary><c>ocelot.yml</c> is not YAML, or a key holds the wrong shape of value; the message says where.</summary>
public sealed class OcelotYamlException : Exception
{
    public OcelotYamlException()
    {
    }

    public OcelotYamlException(string message)
        : base(message)
    {
    }

    public OcelotYamlException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
