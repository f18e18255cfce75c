namespace Hooks.Gateway.Inbox;

/// <summary>The inbox could not be written: the answer is 503, never 202.</summary>
public sealed class StoreUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
