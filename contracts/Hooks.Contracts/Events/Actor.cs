namespace Hooks.Contracts.Events;

/// <summary>A person (or bot) on the forge.</summary>
/// <param name="Login">The user name, as used in mentions.</param>
/// <param name="Name">The display name, where the forge gives it.</param>
/// <param name="Email">The e-mail address, where the forge gives it (mostly commit authors).</param>
public sealed record Actor(string Login, string? Name = null, string? Email = null);
