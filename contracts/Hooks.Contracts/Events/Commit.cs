namespace Hooks.Contracts.Events;

/// <summary>One commit of a push.</summary>
/// <param name="Id">The full commit SHA.</param>
/// <param name="Message">The commit message.</param>
/// <param name="Author">The author as written in the commit.</param>
/// <param name="Timestamp">The author date, where the forge gives it.</param>
/// <param name="Url">The commit's page, where the forge gives it.</param>
/// <param name="Added">Paths the commit added (empty where the forge does not list them).</param>
/// <param name="Modified">Paths the commit changed.</param>
/// <param name="Removed">Paths the commit removed.</param>
public sealed record Commit(
    string Id,
    string Message,
    Actor? Author,
    DateTimeOffset? Timestamp,
    string? Url,
    IReadOnlyList<string> Added,
    IReadOnlyList<string> Modified,
    IReadOnlyList<string> Removed);
