namespace Hooks.Contracts.Platform;

/// <summary>A plain-text e-mail.</summary>
/// <param name="From">The sender's address (<c>name &lt;address&gt;</c> or a bare address).</param>
/// <param name="To">The recipients' addresses.</param>
/// <param name="Subject">The subject line.</param>
/// <param name="Body">The text.</param>
public sealed record OutgoingMail(string From, IReadOnlyList<string> To, string Subject, string Body);
