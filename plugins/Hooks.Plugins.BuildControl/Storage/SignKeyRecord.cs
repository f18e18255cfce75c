namespace Hooks.Plugins.BuildControl.Storage;

/// <summary>A GPG key the sign nodes hold; only its public parts are known here.</summary>
public sealed class SignKeyRecord
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    /// <summary>16 hex digits, upper case.</summary>
    public required string KeyId { get; set; }

    /// <summary>40 hex digits, upper case.</summary>
    public required string Fingerprint { get; set; }

    public string? PublicUrl { get; set; }

    public bool Active { get; set; } = true;

    public DateTimeOffset Inserted { get; set; }

    /// <summary>JSON array of the ids of the platforms whose releases this key may sign.</summary>
    public string PlatformIds { get; set; } = "[]";
}
