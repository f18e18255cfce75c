namespace Hooks.Gateway.Inbox;

/// <summary>Where one plugin stands with one delivery.</summary>
public enum OutcomeStatus
{
    Pending,
    Running,
    Retrying,
    Succeeded,
    Failed,
}
