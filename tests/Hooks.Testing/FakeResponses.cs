using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using WireMock;
using WireMock.Types;
using WireMock.Util;

namespace Hooks.Testing;

/// <summary>What the fake forges behind WireMock.Net answer with: JSON or text bodies, and GitLab's offset pagination.</summary>
public static class FakeResponses
{
    public static string? Query(IRequestMessage request, string name)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Query?.TryGetValue(name, out var value) == true ? value.ToString() : null;
    }

    public static ResponseMessage Json(int status, JsonNode body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return Body(status, body.ToJsonString(), "application/json");
    }

    public static ResponseMessage Text(int status, string text) => Body(status, text, "text/plain");

    /// <summary>
    /// GitLab's offset pagination: the page asked for (<c>page</c>, <c>per_page</c> capped at <paramref name="maxPerPage"/>)
    /// with <c>X-Page</c>, <c>X-Per-Page</c> and <c>X-Next-Page</c>; with <paramref name="totals"/> also <c>X-Total</c>,
    /// <c>X-Total-Pages</c>, <c>X-Prev-Page</c> and <c>Link</c>, which GitLab leaves out past 10,000 records.
    /// </summary>
    public static ResponseMessage GitLabPage(IRequestMessage request, IEnumerable<JsonObject> all, int maxPerPage, bool totals)
    {
        ArgumentNullException.ThrowIfNull(request);
        var items = all.ToList();
        int perPage = Math.Min(maxPerPage, int.Parse(Query(request, "per_page") ?? "20", CultureInfo.InvariantCulture));
        int page = int.Parse(Query(request, "page") ?? "1", CultureInfo.InvariantCulture);
        int totalPages = Math.Max(1, (items.Count + perPage - 1) / perPage);
        var response = Json(200, new JsonArray([.. items.Skip((page - 1) * perPage).Take(perPage)]));
        response.AddHeader("X-Page", Number(page));
        response.AddHeader("X-Per-Page", Number(perPage));
        response.AddHeader("X-Next-Page", page < totalPages ? Number(page + 1) : "");
        if (totals)
        {
            response.AddHeader("X-Total", Number(items.Count));
            response.AddHeader("X-Total-Pages", Number(totalPages));
            response.AddHeader("X-Prev-Page", page > 1 ? Number(page - 1) : "");
            response.AddHeader("Link", Links(request.AbsoluteUrl, page, totalPages));
        }

        return response;
    }

    private static string Links(string url, int page, int totalPages)
    {
        string Link(int p) => url.Contains("page=", StringComparison.Ordinal)
            ? System.Text.RegularExpressions.Regex.Replace(url, @"([?&])page=\d+", $"${{1}}page={p}")
            : url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + $"page={p}";
        var links = new List<string>();
        if (page < totalPages)
        {
            links.Add($"<{Link(page + 1)}>; rel=\"next\"");
        }

        if (page > 1)
        {
            links.Add($"<{Link(page - 1)}>; rel=\"prev\"");
        }

        links.Add($"<{Link(1)}>; rel=\"first\"");
        links.Add($"<{Link(totalPages)}>; rel=\"last\"");
        return string.Join(", ", links);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static ResponseMessage Body(int status, string body, string contentType)
    {
        var response = new ResponseMessage
        {
            StatusCode = status,
            BodyData = new BodyData { BodyAsString = body, DetectedBodyType = BodyType.String, Encoding = Encoding.UTF8 },
        };
        response.AddHeader("Content-Type", contentType);
        return response;
    }
}
