using System.Text.RegularExpressions;

namespace Hooks.Contracts.Platform;

/// <summary>
/// Names a run's log: the plugin's id and a run id the plugin chooses (letters, digits, <c>.</c>, <c>_</c>, <c>-</c>,
/// at most 128 characters; a <see cref="Guid"/> will do), as in <c>/runs/{plugin}/{run}/log</c>.
/// </summary>
public readonly partial record struct RunLogId
{
    /// <summary>A run log of <paramref name="plugin"/> called <paramref name="run"/>.</summary>
    public RunLogId(string plugin, string run)
    {
        if (!IsValid(plugin) || !IsValid(run))
        {
            throw new ArgumentException($"a run log needs a plugin id and a run id of letters, digits, '.', '_' or '-' (at most 128): '{plugin}', '{run}'");
        }

        Plugin = plugin;
        Run = run;
    }

    /// <summary>A run log of <paramref name="plugin"/> named by a Guid.</summary>
    public RunLogId(string plugin, Guid run)
        : this(plugin, run.ToString("D"))
    {
    }

    /// <summary>The plugin's id.</summary>
    public string Plugin { get; }

    /// <summary>The run's id, chosen by the plugin.</summary>
    public string Run { get; }

    /// <summary>Whether <paramref name="id"/> may be a plugin or run id.</summary>
    public static bool IsValid(string? id) => id is not null && Pattern().IsMatch(id);

    /// <summary><c>plugin/run</c>.</summary>
    public override string ToString() => $"{Plugin}/{Run}";

    [GeneratedRegex("^[A-Za-z0-9._-]{1,128}$")]
    private static partial Regex Pattern();
}
