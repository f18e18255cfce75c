namespace Hooks.Contracts.Cli;

/// <summary>
/// Implemented by a plugin's <see cref="Plugins.IHooksPlugin"/> class to add verbs to the <c>hooks</c> command line
/// (<c>hooks package-builds trigger ...</c>). A verb talks to the running gateway over HTTP, like the built-in ones.
/// </summary>
public interface IHooksVerbs
{
    /// <summary>The plugin's verbs.</summary>
    IEnumerable<CliVerb> Verbs { get; }
}
