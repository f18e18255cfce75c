namespace Hooks.Contracts.Plugins;

/// <summary>The version of this contracts assembly that plugins declare they target.</summary>
public static class ContractsVersion
{
    /// <summary>Raised when a change breaks plugins built against an older major version.</summary>
    public const int Major = 2;
}
