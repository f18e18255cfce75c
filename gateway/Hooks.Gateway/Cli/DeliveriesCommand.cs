using System.CommandLine;
using System.Text.Json;

namespace Hooks.Gateway.Cli;

/// <summary><c>hooks deliveries list|show|replay</c>.</summary>
public static class DeliveriesCommand
{
    public static Command Create(CliContext cli)
    {
        Option<string?>[] filters = [new("--source"), new("--event"), new("--kind"), new("--plugin"), new("--status"), new("--since"), new("--until")];
        var page = new Option<int>("--page") { DefaultValueFactory = _ => 1 };
        var pageSize = new Option<int>("--page-size") { DefaultValueFactory = _ => 50 };
        var list = new Command("list", "Stored deliveries, newest first, with each plugin's outcome") { page, pageSize };
        foreach (var filter in filters)
        {
            list.Add(filter);
        }

        list.SetAction(CliAction.Of(async (parse, cancellationToken) =>
        {
            var query = filters.Where(f => parse.GetValue(f) is not null).Select(f => $"{f.Name.TrimStart('-')}={Uri.EscapeDataString(parse.GetValue(f)!)}")
                .Append($"page={parse.GetValue(page)}").Append($"pageSize={parse.GetValue(pageSize)}");
            var answer = await cli.Gateway(parse).GetAsync("api/deliveries?" + string.Join("&", query), cancellationToken);
            Table.Write(cli.Output, parse.GetValue(cli.Json), answer, ["id", "received", "source", "event", "kinds", "outcomes"],
                answer.GetProperty("items").EnumerateArray().Select(d => (IReadOnlyList<string>)
                [
                    Table.Text(d, "id"), d.GetProperty("receivedAt").GetDateTimeOffset().ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
                    Table.Text(d, "source"), Table.Text(d, "eventName"), Table.Text(d, "kinds"), Outcomes(d),
                ]));
        }));

        var id = new Argument<Guid>("id") { Description = "The delivery's id" };
        var show = new Command("show", "One delivery: headers, events and each plugin's outcome") { id };
        show.SetAction(CliAction.Of(async (parse, cancellationToken) =>
        {
            var delivery = await cli.Gateway(parse).GetAsync($"api/deliveries/{parse.GetValue(id)}", cancellationToken);
            if (parse.GetValue(cli.Json))
            {
                await cli.Output.WriteLineAsync(JsonSerializer.Serialize(delivery, Table.Indented));
                return;
            }

            await cli.Output.WriteLineAsync($"{Table.Text(delivery, "event")} from {Table.Text(delivery, "source")} ({Table.Text(delivery, "forge")}), received {Table.Text(delivery, "receivedAt")}");
            await cli.Output.WriteLineAsync($"events: {string.Join(", ", delivery.GetProperty("events").EnumerateArray().Select(e => Table.Text(e, "kind")))}");
            Table.Write(cli.Output, false, delivery, ["plugin", "status", "attempts", "last error"],
                delivery.GetProperty("outcomes").EnumerateArray().Select(o => (IReadOnlyList<string>)[Table.Text(o, "plugin"), Table.Text(o, "status"), Table.Text(o, "attempts"), Table.Text(o, "lastError")]));
        }));

        var plugin = new Option<string?>("--plugin") { Description = "Only to this plugin" };
        var replay = new Command("replay", "Send a delivery again, to every interested plugin or to one") { id, plugin };
        replay.SetAction(CliAction.Of(async (parse, cancellationToken) =>
        {
            string path = $"api/deliveries/{parse.GetValue(id)}/replay" + (parse.GetValue(plugin) is { } one ? $"?plugin={Uri.EscapeDataString(one)}" : "");
            var answer = await cli.Gateway(parse).PostAsync(path, null, cancellationToken);
            await cli.Output.WriteLineAsync(parse.GetValue(cli.Json) ? answer.ToString() : $"sent again to {Table.Text(answer, "plugins")}{(Table.Text(answer, "error") is { Length: > 0 } error ? "; " + error : "")}");
        }));
        return new Command("deliveries", "Deliveries: list, show, replay") { list, show, replay };
    }

    private static string Outcomes(JsonElement delivery) =>
        string.Join(" ", delivery.GetProperty("outcomes").EnumerateArray().Select(o => $"{Table.Text(o, "plugin")}:{Table.Text(o, "status")}"));
}
