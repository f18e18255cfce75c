using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Hooks.Bench.Plugin;

/// <summary><c>GET stats</c>: rows, distinct deliveries and answer-to-handler percentiles; <c>POST reset</c> empties the table.</summary>
internal static class BenchStats
{
    public static void MapBenchStats(this IEndpointRouteBuilder endpoints)
    {
        endpoints = endpoints.MapGroup("").AllowAnonymous();
        endpoints.MapGet("/count", async (BenchDb db, MemoryRows memory) => TypedResults.Ok(memory.Enabled ? memory.Rows.Count : await db.Handled.CountAsync()));
        endpoints.MapPost("/reset", async (BenchDb db, MemoryRows memory) =>
        {
            memory.Rows.Clear();
            return TypedResults.Ok(await db.Handled.ExecuteDeleteAsync());
        });
        endpoints.MapGet("/stats", async (BenchDb db, MemoryRows memory) =>
        {
            var rows = memory.Enabled ? [.. memory.Rows] : await db.Handled.AsNoTracking().ToListAsync();
            double[] ms = [.. rows.Select(r => (r.HandledAt - r.ReceivedAt).TotalMilliseconds).Order()];
            return TypedResults.Ok(new
            {
                rows = rows.Count,
                deliveries = rows.Select(r => r.DeliveryId).Distinct().Count(),
                firstReceived = rows.Count == 0 ? (DateTimeOffset?)null : rows.Min(r => r.ReceivedAt),
                lastHandled = rows.Count == 0 ? (DateTimeOffset?)null : rows.Max(r => r.HandledAt),
                p50 = Percentile(ms, 0.50),
                p99 = Percentile(ms, 0.99),
                max = ms.Length == 0 ? 0 : ms[^1],
            });
        });
    }

    private static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? 0 : sorted[(int)Math.Min(sorted.Length - 1, Math.Ceiling(p * sorted.Length) - 1)];
}
