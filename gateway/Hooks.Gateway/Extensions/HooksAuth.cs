using System.Net;
using Hooks.Gateway.Auth;
using Hooks.Gateway.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.HttpOverrides;

namespace Hooks.Gateway.Extensions;

public static class HooksAuth
{
    /// <summary>The admin token and API tokens as authentication schemes; policies that fail closed.</summary>
    public static WebApplicationBuilder AddHooksAuth(this WebApplicationBuilder builder)
    {
        var admin = builder.Configuration.GetSection("Hooks:Admin").Get<AdminOptions>() ?? new AdminOptions();
        if (GeneratedAdminToken.Apply(builder.Configuration, StorageSettings.From(builder.Configuration, builder.Environment)) is { } tokenFile)
        {
            builder.Services.AddHostedService(provider => new AdminTokenNotice(tokenFile, provider.GetRequiredService<ILogger<AdminTokenNotice>>()));
        }

        builder.Services.AddOptions<AdminOptions>().Bind(builder.Configuration.GetSection("Hooks:Admin"));
        builder.Services.AddSingleton<ApiTokens>();
        builder.Services.AddSingleton<ITokenStore>(provider => (ITokenStore)provider.GetRequiredService<Inbox.IInboxStore>());
        builder.Services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, AdminTokenHandler>(AuthSchemes.AdminToken, null)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(AuthSchemes.ApiToken, null);
        builder.Services.AddAuthorization(options => options.FallbackPolicy = ScopePolicyProvider.AdminPolicy);
        builder.Services.AddSingleton<IAuthorizationPolicyProvider, ScopePolicyProvider>();
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
            foreach (string proxy in admin.KnownProxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (string network in admin.KnownNetworks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return builder;
    }

    /// <summary>Forwarded headers from known proxies only, then who the caller is, then whether it may.</summary>
    public static WebApplication UseHooksAuth(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }
}
