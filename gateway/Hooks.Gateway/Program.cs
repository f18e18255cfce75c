using Hooks.Gateway.Cli;
using Hooks.Gateway.Extensions;

if (HooksCli.IsCommand(args))
{
    return await HooksCli.RunAsync(args);
}

// The content root is the binary's folder, so appsettings.json is found from any working directory.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = HooksCli.ServeArguments(args), ContentRootPath = AppContext.BaseDirectory });
var roles = GatewayRoles.From(builder.Configuration);
builder.AddHooksDefaults();
builder.AddHooksSources();
builder.AddHooksStorage();
builder.AddHooksAuth();
builder.AddHooksJobs();
builder.AddHooksPlatform(roles);
builder.AddHooksForges();
builder.AddHooksPlugins();
builder.AddHooksWorkers(roles);

var app = builder.Build();
app.MapHooksEndpoints(roles);
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to <c>WebApplicationFactory</c> in tests.</summary>
public partial class Program;
