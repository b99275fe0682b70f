using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace ProtectHub.Web.Tests;

/// <summary>
/// The OASIS STIX 2.1 JSON schemas (Stix/schemas, from oasis-open/cti-stix2-json-schemas; licence in Stix/LICENSE),
/// registered by their ids so their relative references resolve, to validate what ProtectHub exports.
/// </summary>
public static class StixSchemas
{
    private static readonly Lazy<(SchemaRegistry Registry, JsonSchema Bundle)> Loaded = new(Load);

    private const string IdBase = "http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/";

    private static (SchemaRegistry, JsonSchema) Load()
    {
        var registry = new SchemaRegistry();
        var root = Path.Combine(AppContext.BaseDirectory, "Stix", "schemas");
        var options = new BuildOptions { SchemaRegistry = registry };
        // Each schema is built when a reference first needs it, from the file its id names.
        registry.Fetch = (uri, _) =>
        {
            var relative = uri.GetLeftPart(UriPartial.Path)[IdBase.Length..];
            return JsonSchema.FromText(File.ReadAllText(Path.Combine(root, relative)), options);
        };
        return (registry, JsonSchema.FromText(File.ReadAllText(Path.Combine(root, "common", "bundle.json")), options));
    }

    /// <summary>The schema errors of a bundle (empty when it validates).</summary>
    public static IReadOnlyList<string> Errors(JsonNode bundle)
    {
        var (registry, schema) = Loaded.Value;
        var options = new EvaluationOptions { OutputFormat = OutputFormat.List };
        var result = schema.Evaluate(JsonDocument.Parse(bundle.ToJsonString()).RootElement, options);
        return result.IsValid ? [] : (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Take(20).ToList();
    }
}
