using System.Text.RegularExpressions;
using Hooks.Contracts.Plugins;
using Hooks.Plugins.BuildControl.Api;
using Hooks.Plugins.BuildControl.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Hooks.Plugins.BuildControl.Signing;

/// <summary>
/// <c>api/v1/sign-keys/</c>: listing is public; <c>POST new/</c> and <c>PUT {id}/</c> need scope <c>sign</c>. A keyid is
/// 16 hex digits, a fingerprint 40 (both kept upper case); platforms are named.
/// </summary>
public static partial class SignKeysApi
{
    public static void MapSignKeysApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/sign-keys/", async (BuildControlDb db, CancellationToken ct) =>
        {
            var names = await PlatformNamesAsync(db, ct);
            var keys = await db.SignKeys.AsNoTracking().OrderBy(k => k.Id).ToListAsync(ct);
            return Results.Json(keys.Select(k => SignKeyView.Of(k, names)).ToArray(), Json.Snake);
        }).AllowAnonymous();
        var signing = endpoints.MapGroup("/api/v1/sign-keys").RequireAuthorization(HooksAuthorization.Scope(BuildControlPlugin.SignScope));
        signing.MapPost("/new/", (HttpContext http, BuildControlDb db, TimeProvider clock, CancellationToken ct) => SaveAsync(http, db, null, clock, ct));
        signing.MapPut("/{id:int}/", (int id, HttpContext http, BuildControlDb db, TimeProvider clock, CancellationToken ct) => SaveAsync(http, db, id, clock, ct));
    }

    internal static async Task<Dictionary<int, string>> PlatformNamesAsync(BuildControlDb db, CancellationToken cancellationToken) =>
        await db.Platforms.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);

    private static async Task<IResult> SaveAsync(HttpContext http, BuildControlDb db, int? id, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (request, refusal) = await Body.ReadAsync<SignKeyRequest>(http, cancellationToken);
        if (request is null)
        {
            return refusal!;
        }

        bool creating = id is null;
        if (Check(request, creating) is { } reason)
        {
            return Body.Unprocessable(reason);
        }

        var names = await PlatformNamesAsync(db, cancellationToken);
        var ids = new List<int>();
        foreach (string platform in request.Platforms ?? [])
        {
            if (!names.Any(n => n.Value == platform))
            {
                return Body.Unprocessable($"platforms: no platform named '{platform}'");
            }

            ids.Add(names.First(n => n.Value == platform).Key);
        }

        SignKeyRecord key;
        if (creating)
        {
            key = new SignKeyRecord { Name = request.Name!, KeyId = request.Keyid!.ToUpperInvariant(), Fingerprint = request.Fingerprint!.ToUpperInvariant(), Inserted = clock.GetUtcNow() };
            db.SignKeys.Add(key);
        }
        else if (await db.SignKeys.FirstOrDefaultAsync(k => k.Id == id, cancellationToken) is { } found)
        {
            key = found;
        }
        else
        {
            return Results.Json(new Problem($"no sign key {id}"), Json.Snake, statusCode: StatusCodes.Status404NotFound);
        }

        key.Name = request.Name ?? key.Name;
        key.Description = request.Description ?? key.Description;
        key.KeyId = request.Keyid?.ToUpperInvariant() ?? key.KeyId;
        key.Fingerprint = request.Fingerprint?.ToUpperInvariant() ?? key.Fingerprint;
        key.PublicUrl = request.PublicUrl ?? key.PublicUrl;
        key.Active = request.Active ?? key.Active;
        key.PlatformIds = request.Platforms is null ? key.PlatformIds : Json.Text(ids);
        if (await db.SignKeys.AnyAsync(k => k.Id != key.Id && (k.KeyId == key.KeyId || k.Fingerprint == key.Fingerprint), cancellationToken))
        {
            return Results.Json(new Problem($"a sign key with keyid {key.KeyId} or fingerprint {key.Fingerprint} exists"), Json.Snake, statusCode: StatusCodes.Status409Conflict);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Results.Json(SignKeyView.Of(key, names), Json.Snake);
    }

    private static string? Check(SignKeyRequest request, bool creating)
    {
        if (creating && (request.Name is not { Length: > 0 } || request.Keyid is null || request.Fingerprint is null))
        {
            return "name, keyid and fingerprint are required";
        }

        if (request.Keyid is { } keyid && !Hex16().IsMatch(keyid))
        {
            return $"keyid: 16 hex digits, not '{keyid}'";
        }

        return request.Fingerprint is { } fingerprint && !Hex40().IsMatch(fingerprint) ? $"fingerprint: 40 hex digits, not '{fingerprint}'" : null;
    }

    [GeneratedRegex("^[0-9A-Fa-f]{16}$")]
    private static partial Regex Hex16();

    [GeneratedRegex("^[0-9A-Fa-f]{40}$")]
    private static partial Regex Hex40();
}
