using Hooks.Gateway.Extensions;

// The content root is the binary's folder, so appsettings.json is found from any working directory.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
var roles = GatewayRoles.From(builder.Configuration);
builder.AddHooksDefaults();
builder.AddHooksSources();
builder.AddHooksStorage();
builder.AddHooksJobs();
builder.AddHooksPlatform(roles);
builder.AddHooksPlugins();
builder.AddHooksWorkers(roles);

var app = builder.Build();
app.MapHooksEndpoints(roles);
app.Run();

/// <summary>The entry point, visible to <c>WebApplicationFactory</c> in tests.</summary>
public partial class Program;
