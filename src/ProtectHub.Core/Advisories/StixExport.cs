using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ProtectHub.Core.Indicators;
using ProtectHub.Core.Regions;
using ProtectHub.Core.Sharing;

namespace ProtectHub.Core.Advisories;

/// <summary>
/// An issued advisory as a STIX 2.1 bundle: an <c>identity</c> for the region, a <c>report</c> with the advisory's
/// text, an <c>indicator</c> a value (a STIX pattern) and a <c>vulnerability</c> a CVE id, every object marked with
/// the OASIS TLP 2.0 marking definition of its TLP. Ids are UUIDv5 of the advisory, edition and value, so exporting
/// the same edition twice gives the same objects (partners' platforms update rather than duplicate).
/// </summary>
public static class StixExport
{
    /// <summary>The OASIS TLP 2.0 marking definitions (STIX 2.1), by marking.</summary>
    public static string MarkingId(TlpMarking tlp) => tlp switch
    {
        TlpMarking.Clear => "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
        TlpMarking.Green => "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
        TlpMarking.Amber => "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
        TlpMarking.AmberStrict => "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",
        _ => "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1",
    };


    // The namespace ProtectHub's STIX ids are made in (UUIDv5, RFC 9562).
    private static readonly Guid Namespace = new("5c2f3a7e-8d0b-4e61-9a57-1f3c2b8e6d40");

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Pattern(Indicator indicator) => indicator.Type switch
    {
        IndicatorType.Domain => $"[domain-name:value = '{Escape(indicator.Value)}']",
        IndicatorType.IpAddress when indicator.Value.Contains(':', StringComparison.Ordinal) => $"[ipv6-addr:value = '{Escape(indicator.Value)}']",
        IndicatorType.IpAddress => $"[ipv4-addr:value = '{Escape(indicator.Value)}']",
        IndicatorType.Url => $"[url:value = '{Escape(indicator.Value)}']",
        IndicatorType.EmailAddress => $"[email-addr:value = '{Escape(indicator.Value)}']",
        IndicatorType.FileHash => $"[file:hashes.'{HashName(indicator.Value)}' = '{indicator.Value}']",
        _ => throw new ArgumentException($"{indicator.Type} has no STIX pattern", nameof(indicator)),
    };

    private static string HashName(string hash) => hash.Length switch
    {
        32 => "MD5",
        40 => "SHA-1",
        64 => "SHA-256",
        _ => "SHA-512",
    };

    private static string Escape(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal);

    public static string Id(string type, params string[] parts) => $"{type}--{UuidV5(string.Join('|', parts))}";

    /// <summary>A name-based id in ProtectHub's namespace (the TAXII collections' ids).</summary>
    public static Guid Uuid(string name) => UuidV5(name);

    /// <summary>When the region's identity object was made: one version of it, whichever advisory carries it.</summary>
    public const string IdentityCreated = "2026-01-01T00:00:00.000Z";

    // RFC 9562 defines version 5 ids with SHA-1: an identifier, not a security use.
#pragma warning disable CA5350
    private static Guid UuidV5(string name)
    {
        var ns = Namespace.ToByteArray(bigEndian: true);
        var hash = SHA1.HashData([.. ns, .. Encoding.UTF8.GetBytes(name)]);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
#pragma warning restore CA5350

    private static string Timestamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static JsonObject Bundle(Advisory advisory, IReadOnlyList<AdvisoryIndicator> indicators)
    {
        var tlp = advisory.Tlp ?? TlpMarking.Red;
        var marking = MarkingId(tlp);
        var key = $"{advisory.Reference}|{advisory.Edition}";
        var created = Timestamp(advisory.IssuedAt ?? advisory.CreatedAt);
        var identity = Id("identity", "region", advisory.RegionCode);
        JsonObject Common(string type, string id) => new()
        {
            ["type"] = type,
            ["spec_version"] = "2.1",
            ["id"] = id,
            ["created"] = created,
            ["modified"] = created,
            ["created_by_ref"] = identity,
            ["object_marking_refs"] = new JsonArray(marking),
        };

        var objects = new JsonArray();
        var identityObject = Common("identity", identity);
        identityObject.Remove("created_by_ref");
        (identityObject["created"], identityObject["modified"]) = (IdentityCreated, IdentityCreated);
        identityObject["name"] = PoliceReferenceData.Regions.FirstOrDefault(r => r.Code == advisory.RegionCode)?.UnitName ?? advisory.RegionCode;
        identityObject["identity_class"] = "organization";
        objects.Add(identityObject);
        var refs = new JsonArray();
        foreach (var indicator in indicators)
        {
            var value = indicator.AsIndicator;
            if (value.Type == IndicatorType.CveId)
            {
                var vulnerability = Common("vulnerability", Id("vulnerability", key, value.Value));
                vulnerability["name"] = value.Value;
                vulnerability["external_references"] = new JsonArray(new JsonObject { ["source_name"] = "cve", ["external_id"] = value.Value });
                objects.Add(vulnerability);
                refs.Add(vulnerability["id"]!.GetValue<string>());
                continue;
            }

            var stix = Common("indicator", Id("indicator", key, value.Type.ToString(), value.Value));
            stix["name"] = $"{IndicatorRules.NameOf(value.Type)}: {value.Defanged}";
            stix["indicator_types"] = new JsonArray("malicious-activity");
            stix["pattern"] = Pattern(value);
            stix["pattern_type"] = "stix";
            stix["valid_from"] = created;
            objects.Add(stix);
            refs.Add(stix["id"]!.GetValue<string>());
        }

        var report = Common("report", Id("report", key));
        report["name"] = advisory.Title;
        report["description"] = $"{advisory.Summary}\n\nWhat to do: {advisory.RecommendedActions}" + (advisory.Details is null ? "" : $"\n\n{advisory.Details}");
        report["report_types"] = new JsonArray("threat-report");
        report["published"] = created;
        report["labels"] = new JsonArray($"severity-{advisory.Severity.ToString().ToLowerInvariant()}", Tlp.Label(tlp).ToLowerInvariant());
        report["external_references"] = new JsonArray(new JsonObject { ["source_name"] = "ProtectHub", ["external_id"] = $"{advisory.Reference} edition {advisory.Edition}" });
        refs.Insert(0, identity);
        report["object_refs"] = refs;
        objects.Add(report);
        return new JsonObject
        {
            ["type"] = "bundle",
            ["id"] = Id("bundle", key),
            ["objects"] = objects,
        };
    }

    public static byte[] Serialise(JsonObject bundle) => Encoding.UTF8.GetBytes(bundle.ToJsonString(Indented));

}
