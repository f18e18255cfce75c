using System.CommandLine;

namespace Hooks.Gateway.Cli;

/// <summary><c>hooks tokens create --name n --scope s [--scope ...] | list | revoke &lt;id&gt;</c>.</summary>
public static class TokensCommand
{
    private static readonly string[] Columns = ["id", "name", "scopes", "createdAt", "lastUsedAt"];

    public static Command Create(CliContext cli)
    {
        var name = new Option<string>("--name") { Description = "A name to know the token by (node-1)", Required = true };
        var scopes = new Option<string[]>("--scope") { Description = "A scope a plugin declared; repeat for several", Required = true, AllowMultipleArgumentsPerToken = false };
        var create = new Command("create", "Create an API token; its value is printed once, and only here") { name, scopes };
        create.SetAction(CliAction.Of(async (parse, cancellationToken) =>
        {
            var token = await cli.Gateway(parse).PostAsync("api/tokens", new { name = parse.GetValue(name), scopes = parse.GetValue(scopes) }, cancellationToken);
            await cli.Output.WriteLineAsync(parse.GetValue(cli.Json) ? token.ToString()
                : $"{Table.Text(token, "token")}\n(token '{Table.Text(token, "name")}' with scopes {Table.Text(token, "scopes")}, id {Table.Text(token, "id")}: keep it now, it is not shown again)");
        }));

        var list = new Command("list", "API tokens: names, scopes, created and last used (never their values)");
        list.SetAction(CliAction.Of(async (parse, cancellationToken) =>
        {
            var tokens = await cli.Gateway(parse).GetAsync("api/tokens", cancellationToken);
            Table.WriteObjects(cli.Output, parse.GetValue(cli.Json), tokens, Columns);
        }));

        var id = new Argument<Guid>("id") { Description = "The token's id (hooks tokens list)" };
        var revoke = new Command("revoke", "Revoke an API token at once") { id };
        revoke.SetAction(CliAction.Of(async (parse, cancellationToken) =>
        {
            await cli.Gateway(parse).DeleteAsync($"api/tokens/{parse.GetValue(id)}", cancellationToken);
            await cli.Output.WriteLineAsync($"revoked {parse.GetValue(id)}");
        }));
        return new Command("tokens", "API tokens for plugin endpoints (build nodes, say)") { create, list, revoke };
    }
}
