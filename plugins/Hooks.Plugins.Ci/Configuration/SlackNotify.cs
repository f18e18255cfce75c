namespace Hooks.Plugins.Ci.Configuration;

/// <summary><c>notify.slack</c>: the identifier names the webhook URL in <c>Hooks:Plugins:ci:Slack:&lt;identifier&gt;</c>.</summary>
public sealed record SlackNotify(string? Channel, string Identifier, bool OnPass, bool OnFail);
