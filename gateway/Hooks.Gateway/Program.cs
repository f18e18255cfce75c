using Hooks.Gateway.Extensions;

var builder = WebApplication.CreateBuilder(args);
var roles = GatewayRoles.From(builder.Configuration);
builder.AddHooksDefaults();
builder.AddHooksSources();
builder.AddHooksStorage();
builder.AddHooksJobs(roles);
builder.AddHooksPlugins();

var app = builder.Build();
app.MapHooksEndpoints(roles);
app.Run();

/// <summary>The entry point, visible to <c>WebApplicationFactory</c> in tests.</summary>
public partial class Program;
