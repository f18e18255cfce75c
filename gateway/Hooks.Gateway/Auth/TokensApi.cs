using Hooks.Contracts.Plugins;
using Hooks.Gateway.Plugins;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hooks.Gateway.Auth;

/// <summary><c>/api/tokens</c>: create (the value is in the answer, once), list (never values) and revoke API tokens.</summary>
public static class TokensApi
{
    public static IEndpointRouteBuilder MapTokensApi(this IEndpointRouteBuilder endpoints)
    {
        var tokens = endpoints.MapGroup("/api/tokens").RequireAuthorization(HooksAuthorization.Admin);
        tokens.MapPost("/", CreateAsync);
        tokens.MapGet("/", ListAsync);
        tokens.MapDelete("/{id:guid}", RevokeAsync);
        return endpoints;
    }

    private static async Task<Results<Created<CreatedToken>, BadRequest<TokenError>, Conflict<TokenError>>> CreateAsync(
        TokenRequest? request, ApiTokens tokens, PluginCatalog plugins, CancellationToken cancellationToken)
    {
        if (request is null || string.IsNullOrWhiteSpace(request.Name))
        {
            return TypedResults.BadRequest(new TokenError("a token needs a name: {\"name\": \"node-1\", \"scopes\": [\"build-node\"]}"));
        }

        string[] scopes = [.. (request.Scopes ?? []).Distinct()];
        string[] known = [.. plugins.Active.SelectMany(p => p.Scopes).Distinct()];
        string offer = known.Length == 0 ? "no loaded plugin declares a scope" : "the loaded plugins declare: " + string.Join(", ", known);
        if (scopes.Length == 0)
        {
            return TypedResults.BadRequest(new TokenError($"a token needs at least one scope; {offer}"));
        }

        if (scopes.FirstOrDefault(s => !known.Contains(s)) is { } unknown)
        {
            return TypedResults.BadRequest(new TokenError($"unknown scope '{unknown}'; {offer}"));
        }

        if (await tokens.CreateAsync(request.Name.Trim(), scopes, cancellationToken) is not { } created)
        {
            return TypedResults.Conflict(new TokenError($"a token named '{request.Name.Trim()}' exists already"));
        }

        var (token, value) = created;
        return TypedResults.Created($"/api/tokens/{token.Id}", new CreatedToken(token.Id, token.Name, token.Scopes, value, token.CreatedAt));
    }

    private static async Task<Ok<IReadOnlyList<ApiToken>>> ListAsync(ITokenStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.ListTokensAsync(cancellationToken));

    private static async Task<Results<NoContent, NotFound<TokenError>>> RevokeAsync(Guid id, ApiTokens tokens, CancellationToken cancellationToken) =>
        await tokens.RevokeAsync(id, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound(new TokenError($"no token {id}"));

    public sealed record TokenRequest(string? Name, string[]? Scopes);

    public sealed record TokenError(string Error);

    /// <summary>The answer to a creation: the only time the token's value is shown.</summary>
    public sealed record CreatedToken(Guid Id, string Name, IReadOnlyList<string> Scopes, string Token, DateTimeOffset CreatedAt)
    {
        private bool PrintMembers(System.Text.StringBuilder builder)
        {
            builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"Id = {Id}, Name = {Name}, Token = ***, CreatedAt = {CreatedAt:O}");
            return true;
        }
    }
}
