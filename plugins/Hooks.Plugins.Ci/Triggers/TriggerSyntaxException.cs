namespace Hooks.Plugins.Ci.Triggers;

/// <summary>A <c>triggers</c> entry that does not follow the grammar; the message is the parser's reason.</summary>
public sealed class TriggerSyntaxException : Exception
{
    public TriggerSyntaxException()
    {
    }

    public TriggerSyntaxException(string message)
        : base(message)
    {
    }

    public TriggerSyntaxException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
