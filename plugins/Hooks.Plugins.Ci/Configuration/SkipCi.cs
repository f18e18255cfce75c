namespace Hooks.Plugins.Ci.Configuration;

/// <summary><c>[skip ci]</c> or <c>[ci skip]</c> in any commit message of a push means no build.</summary>
public static class SkipCi
{
    /// <summary>Null when the push builds, else Ocelot's reason naming the commit.</summary>
    public static string? Reason(IEnumerable<(string Hash, string Message)> commits)
    {
        foreach (var (hash, message) in commits)
        {
            if (message.Contains("[skip ci]", StringComparison.Ordinal) || message.Contains("[ci skip]", StringComparison.Ordinal))
            {
                return $"build will not be queued because one of [skip ci] | [ci skip] was found in the commit with hash {hash}. the full commit message is {message}";
            }
        }

        return null;
    }
}
