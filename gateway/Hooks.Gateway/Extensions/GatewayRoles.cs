namespace Hooks.Gateway.Extensions;

/// <summary>
/// <c>Hooks:Roles</c>: <c>receiver</c> (take deliveries), <c>worker</c> (dispatch and run jobs), or both (the default),
/// so that receivers and workers scale apart on one PostgreSQL.
/// </summary>
public sealed record GatewayRoles(bool Receiver, bool Worker)
{
    public static GatewayRoles From(IConfiguration configuration)
    {
        string text = configuration["Hooks:Roles"] ?? "receiver,worker";
        var roles = text.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = roles.Where(r => !r.Equals("receiver", StringComparison.OrdinalIgnoreCase) && !r.Equals("worker", StringComparison.OrdinalIgnoreCase)).ToList();
        if (unknown.Count > 0 || roles.Length == 0)
        {
            throw new InvalidOperationException($"Hooks:Roles is '{text}'; expected receiver, worker, or both");
        }

        return new GatewayRoles(
            roles.Contains("receiver", StringComparer.OrdinalIgnoreCase),
            roles.Contains("worker", StringComparer.OrdinalIgnoreCase));
    }
}
