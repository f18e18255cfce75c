using System.CommandLine;
using Hooks.Contracts.Cli;
using Hooks.Gateway.Plugins;

namespace Hooks.Gateway.Cli;

/// <summary>Adds the verbs of every plugin that offers some (<see cref="IHooksVerbs"/>) under their words.</summary>
public static class PluginVerbs
{
    public static void AddTo(RootCommand root, IEnumerable<LoadedPlugin> plugins, CliContext cli)
    {
        foreach (var verb in plugins.Select(p => p.Instance).OfType<IHooksVerbs>().SelectMany(p => p.Verbs))
        {
            string[] words = verb.Path.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Command parent = root;
            foreach (string word in words[..^1])
            {
                parent = parent.Subcommands.FirstOrDefault(c => c.Name == word) ?? Add(parent, new Command(word));
            }

            var command = new Command(words[^1], verb.Description);
            Argument<string>[] arguments = [.. verb.Arguments.Select(a => new Argument<string>(a))];
            Option<string?>[] options = [.. verb.Options.Select(o => new Option<string?>("--" + o))];
            Array.ForEach(arguments, command.Add);
            Array.ForEach(options, command.Add);
            command.SetAction(async (parse, cancellationToken) =>
            {
                var values = arguments.ToDictionary(a => a.Name, a => (string?)parse.GetValue(a));
                foreach (var option in options)
                {
                    values[option.Name.TrimStart('-')] = parse.GetValue(option);
                }

                try
                {
                    return await verb.RunAsync(new CliCall(values, cli.Gateway(parse).Client, cli.Output, parse.GetValue(cli.Json)), cancellationToken);
                }
                catch (HttpRequestException exception)
                {
                    await parse.InvocationConfiguration.Error.WriteLineAsync($"error: {exception.Message}");
                    return 1;
                }
            });
            parent.Add(command);
        }
    }

    private static Command Add(Command parent, Command child)
    {
        parent.Add(child);
        return child;
    }
}
