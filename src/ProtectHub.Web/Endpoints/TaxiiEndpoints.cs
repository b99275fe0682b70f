using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ProtectHub.Core.Advisories;
using ProtectHub.Core.Regions;
using ProtectHub.Core.Sharing;
using ProtectHub.Web.Hosting;

namespace ProtectHub.Web.Endpoints;

/// <summary>
/// A read-only TAXII 2.1 server, so partners' MISP or OpenCTI can poll the region's advisories: discovery, the region's
/// API root, its collections, objects (with <c>added_after</c>, <c>limit</c>, <c>next</c> and <c>match[type]</c>) and
/// manifests, in <c>application/taxii+json;version=2.1</c>. A partner's key (Advisories → TAXII keys) goes as HTTP Basic
/// (any user name, the key as password) or as a bearer token; no key, or a revoked one, is a 401; another region's
/// API root or a collection the key may not read is a 404, as the specification asks.
/// </summary>
public static class TaxiiEndpoints
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public static IEndpointRouteBuilder MapTaxii(this IEndpointRouteBuilder app)
    {
        var taxii = app.MapGroup("/taxii2").AllowAnonymous().RequireRateLimiting(ProtectHubWebExtensions.TaxiiRateLimit);
        taxii.MapGet("/", DiscoveryAsync);
        taxii.MapGet("/{root}/", ApiRootAsync);
        taxii.MapGet("/{root}/collections/", CollectionsAsync);
        taxii.MapGet("/{root}/collections/{id}/", CollectionAsync);
        taxii.MapGet("/{root}/collections/{id}/objects/", ObjectsAsync);
        taxii.MapGet("/{root}/collections/{id}/manifest/", ManifestAsync);
        return app;
    }

    private static async Task<IResult> DiscoveryAsync(HttpContext context, TaxiiServer server) =>
        await WithKeyAsync(context, server, null, key => Answer(new JsonObject
        {
            ["title"] = "ProtectHub threat advisories",
            ["description"] = "Threat advisories of the regional cyber and fraud Protect teams, as STIX 2.1, for partners' threat-sharing platforms.",
            ["default"] = RootUrl(context, key.RegionCode),
            ["api_roots"] = new JsonArray(RootUrl(context, key.RegionCode)),
        }));

    private static async Task<IResult> ApiRootAsync(HttpContext context, TaxiiServer server, string root) =>
        await WithKeyAsync(context, server, root, key => Answer(new JsonObject
        {
            ["title"] = $"{PoliceReferenceData.Regions.FirstOrDefault(r => r.Code == key.RegionCode)?.UnitName ?? key.RegionCode}: threat advisories",
            ["versions"] = new JsonArray(TaxiiServer.MediaType),
            ["max_content_length"] = 10 * 1024 * 1024,
        }));

    private static async Task<IResult> CollectionsAsync(HttpContext context, TaxiiServer server, string root) =>
        await WithKeyAsync(context, server, root, async key =>
        {
            var collections = await server.CollectionsAsync(key, context.RequestAborted);
            return Answer(new JsonObject { ["collections"] = new JsonArray([.. collections.Select(Describe)]) });
        });

    private static async Task<IResult> CollectionAsync(HttpContext context, TaxiiServer server, string root, string id) =>
        await WithCollectionAsync(context, server, root, id, (_, collection) => Task.FromResult(Answer(Describe(collection))));

    private static async Task<IResult> ObjectsAsync(HttpContext context, TaxiiServer server, string root, string id) =>
        await WithCollectionAsync(context, server, root, id, async (key, collection) =>
        {
            var (page, error) = await PageAsync(context, server, key, collection);
            if (page is null)
            {
                return error!;
            }

            await server.RecordUseAsync(key, collection, page.Objects.Count, context.RequestAborted);
            DateHeaders(context, page);
            // The envelope around objects serialised once (TaxiiObjectCache), written as they are.
            var buffer = new System.Buffers.ArrayBufferWriter<byte>(page.Objects.Sum(o => o.Object.Json.Length) + 256);
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writer.WriteBoolean("more", page.Next is not null);
                if (page.Next is not null)
                {
                    writer.WriteString("next", page.Next);
                }

                if (page.Objects.Count > 0)
                {
                    writer.WriteStartArray("objects");
                    foreach (var (stix, _) in page.Objects)
                    {
                        writer.WriteRawValue(stix.Json, skipInputValidation: true);
                    }

                    writer.WriteEndArray();
                }

                writer.WriteEndObject();
            }

            return Results.Bytes(buffer.WrittenMemory.ToArray(), TaxiiServer.MediaType);
        });

    private static async Task<IResult> ManifestAsync(HttpContext context, TaxiiServer server, string root, string id) =>
        await WithCollectionAsync(context, server, root, id, async (key, collection) =>
        {
            var (page, error) = await PageAsync(context, server, key, collection);
            if (page is null)
            {
                return error!;
            }

            await server.RecordUseAsync(key, collection, 0, context.RequestAborted);
            DateHeaders(context, page);
            var manifest = new JsonObject { ["more"] = page.Next is not null };
            if (page.Next is not null)
            {
                manifest["next"] = page.Next;
            }

            if (page.Objects.Count > 0)
            {
                manifest["objects"] = new JsonArray([.. page.Objects.Select(o => (JsonNode)new JsonObject
                {
                    ["id"] = o.Object.Id,
                    ["date_added"] = TaxiiServer.Timestamp(o.AddedAt),
                    ["version"] = o.Object.Version,
                    ["media_type"] = TaxiiServer.StixMediaType,
                })]);
            }

            return Answer(manifest);
        });

    private static async Task<(TaxiiServer.Page? Page, IResult? Error)> PageAsync(HttpContext context, TaxiiServer server, PartnerLink key, TaxiiServer.Collection collection)
    {
        var query = context.Request.Query;
        DateTimeOffset? addedAfter = null;
        if (query["added_after"].FirstOrDefault() is { Length: > 0 } after)
        {
            if (!DateTimeOffset.TryParse(after, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
            {
                return (null, Error(400, "added_after is not a timestamp", "Give a time like 2026-11-02T09:00:00.000Z."));
            }

            addedAfter = parsed;
        }

        int? limit = null;
        if (query["limit"].FirstOrDefault() is { Length: > 0 } limitText)
        {
            if (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsedLimit) || parsedLimit < 1)
            {
                return (null, Error(400, "limit is not a whole number of 1 or more", $"The most in one page is {TaxiiServer.MaxPage}."));
            }

            limit = parsedLimit;
        }

        var types = query["match[type]"].SelectMany(t => (t ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToHashSet(StringComparer.Ordinal);
        var page = await server.ObjectsAsync(key, collection, addedAfter, limit, query["next"].FirstOrDefault(), types, context.RequestAborted);
        return page is null ? (null, Error(400, "next is not one this server gave", "Start again without next, or with added_after.")) : (page, null);
    }

    private static void DateHeaders(HttpContext context, TaxiiServer.Page page)
    {
        if (page.Objects.Count > 0)
        {
            context.Response.Headers["X-TAXII-Date-Added-First"] = TaxiiServer.Timestamp(page.Objects[0].AddedAt);
            context.Response.Headers["X-TAXII-Date-Added-Last"] = TaxiiServer.Timestamp(page.Objects[^1].AddedAt);
        }
    }

    private static JsonObject Describe(TaxiiServer.Collection collection) => new()
    {
        ["id"] = collection.Id,
        ["title"] = collection.Title,
        ["description"] = collection.Description,
        ["can_read"] = true,
        ["can_write"] = false,
        ["media_types"] = new JsonArray(TaxiiServer.StixMediaType),
    };

    private static Task<IResult> WithCollectionAsync(HttpContext context, TaxiiServer server, string root, string id,
        Func<PartnerLink, TaxiiServer.Collection, Task<IResult>> answer) =>
        WithKeyAsync(context, server, root, async key =>
        {
            var collection = (await server.CollectionsAsync(key, context.RequestAborted)).FirstOrDefault(c => c.Id == id);
            return collection is null ? Error(404, "No such collection", "The collection does not exist or your key may not read it.") : await answer(key, collection);
        });

    private static Task<IResult> WithKeyAsync(HttpContext context, TaxiiServer server, string? root, Func<PartnerLink, IResult> answer) =>
        WithKeyAsync(context, server, root, key => Task.FromResult(answer(key)));

    /// <summary>Checks what every TAXII request must have: a TAXII media type accepted, a live key, and the key's own API root.</summary>
    private static async Task<IResult> WithKeyAsync(HttpContext context, TaxiiServer server, string? root, Func<PartnerLink, Task<IResult>> answer)
    {
        context.Response.Headers.CacheControl = "no-store";
        var accept = context.Request.Headers.Accept.ToString();
        if (!accept.Contains("application/taxii+json", StringComparison.OrdinalIgnoreCase))
        {
            return Error(406, "Not acceptable", $"This server answers {TaxiiServer.MediaType}: send it in the Accept header.");
        }

        var key = await server.KeyAsync(KeyOf(context.Request));
        if (key is null)
        {
            context.Response.Headers.WWWAuthenticate = "Basic realm=\"ProtectHub TAXII\"";
            return Error(401, "A valid key is needed", "Give your organisation's TAXII key as the password (HTTP Basic) or as a bearer token.");
        }

        if (root is not null && !string.Equals(root, key.RegionCode, StringComparison.OrdinalIgnoreCase))
        {
            return Error(404, "No such API root", "Your key reads its own region's API root only.");
        }

        return await answer(key);
    }

    /// <summary>The key from "Authorization: Bearer key" or "Authorization: Basic base64(user:key)".</summary>
    private static string? KeyOf(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return header[7..].Trim();
        }

        if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim()));
                var colon = pair.IndexOf(':', StringComparison.Ordinal);
                return colon < 0 ? null : pair[(colon + 1)..];
            }
            catch (FormatException)
            {
                return null;
            }
        }

        return null;
    }

    private static string RootUrl(HttpContext context, string regionCode) => $"{context.Request.Scheme}://{context.Request.Host}/taxii2/{regionCode.ToLowerInvariant()}/";

    private static IResult Answer(JsonObject body) => Results.Text(body.ToJsonString(Json), TaxiiServer.MediaType, null, 200);

    private static IResult Error(int status, string title, string description) =>
        Results.Text(new JsonObject { ["title"] = title, ["description"] = description, ["http_status"] = status.ToString(CultureInfo.InvariantCulture) }.ToJsonString(Json),
            TaxiiServer.MediaType, null, status);
}
