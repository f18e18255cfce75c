using Hooks.Gateway.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddHooksDefaults();
builder.AddHooksSources();
builder.AddHooksStorage();

var app = builder.Build();
app.MapHooksEndpoints();
app.Run();

/// <summary>The entry point, visible to <c>WebApplicationFactory</c> in tests.</summary>
public partial class Program;
