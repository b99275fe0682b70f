using System.Text.Json;
using System.Text.RegularExpressions;
using ProtectHub.Core.Indicators;
using ProtectHub.Core.Sharing;

namespace ProtectHub.Core.Advisories;

/// <summary>
/// A STIX 2.1 (or 2.0) bundle made elsewhere (a MISP or OpenCTI export, an NCSC feed) read into the advisory form, for
/// an officer to complete and save as a draft: its report gives the title and summary, its indicators (patterns that
/// compare one observable value, alone or joined by OR) and vulnerabilities (CVE ids) give the indicators, its TLP 1.0
/// or 2.0 markings give the TLP (the strictest found; none found means none chosen, as TLP has no default). Objects
/// of other types, and indicators whose patterns say more than "this value", are kept aside and listed. Content that
/// is not STIX is refused with the object's id and the reason, and nothing is filled.
/// </summary>
public static partial class StixImport
{
    public const long MaxBytes = 50L * 1024 * 1024;

    /// <summary>How <see cref="StixExport"/> writes the recommended actions into the report's description.</summary>
    private const string ActionsMark = "\n\nWhat to do: ";

    /// <summary>Most problems named; a bundle with more is refused with a count of the rest.</summary>
    private const int ErrorsNamed = 50;

    public sealed record Result(AdvisoryForm? Form, IReadOnlyList<string> KeptAside, IReadOnlyList<string> Errors, int Indicators);

    // TLP 1.0 (STIX 2.0 and 2.1 "tlp" definitions) and TLP 2.0 (OASIS marking definitions for STIX 2.1) by id.
    private static readonly Dictionary<string, TlpMarking> KnownMarkings = new(StringComparer.Ordinal)
    {
        ["marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9"] = TlpMarking.Clear,
        ["marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da"] = TlpMarking.Green,
        ["marking-definition--f88d31f6-486f-44da-b317-01333bde0b82"] = TlpMarking.Amber,
        ["marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed"] = TlpMarking.Red,
        [StixExport.MarkingId(TlpMarking.Clear)] = TlpMarking.Clear,
        [StixExport.MarkingId(TlpMarking.Green)] = TlpMarking.Green,
        [StixExport.MarkingId(TlpMarking.Amber)] = TlpMarking.Amber,
        [StixExport.MarkingId(TlpMarking.AmberStrict)] = TlpMarking.AmberStrict,
        [StixExport.MarkingId(TlpMarking.Red)] = TlpMarking.Red,
    };

    public static async Task<Result> ReadAsync(Stream json, CancellationToken ct = default)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(json, new JsonDocumentOptions { MaxDepth = 64 }, ct);
        }
        catch (JsonException ex)
        {
            return Refused($"The file is not JSON: {ex.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || Text(root, "type") != "bundle")
            {
                return Refused("The file is not a STIX bundle: its top level must be an object whose \"type\" is \"bundle\"");
            }

            if (!root.TryGetProperty("objects", out var objects) || objects.ValueKind != JsonValueKind.Array)
            {
                return Refused("The bundle has no \"objects\" list");
            }

            return Read(objects);
        }
    }

    private static Result Read(JsonElement objects)
    {
        var errors = new List<string>();
        var aside = new List<string>();
        var lines = new List<string>();
        var reports = new List<(string Name, string? Description)>();
        var markings = new List<TlpMarking>();
        var definitions = new Dictionary<string, TlpMarking>(KnownMarkings, StringComparer.Ordinal);
        var position = 0;
        var all = objects.EnumerateArray().ToList();
        // Marking definitions first: objects refer to them by id wherever they are in the bundle.
        foreach (var item in all.Where(o => o.ValueKind == JsonValueKind.Object && Text(o, "type") == "marking-definition"))
        {
            if (Text(item, "id") is { } id && TlpOf(item) is { } tlp)
            {
                definitions[id] = tlp;
            }
        }

        foreach (var item in all)
        {
            position++;
            if (item.ValueKind != JsonValueKind.Object)
            {
                errors.Add($"Object {position}: not a JSON object");
                continue;
            }

            var type = Text(item, "type");
            var id = Text(item, "id");
            if (type is null || id is null)
            {
                errors.Add($"Object {position}: has no {(type is null ? "\"type\"" : "\"id\"")}");
                continue;
            }

            if (!StixId().IsMatch(id) || !id.StartsWith(type + "--", StringComparison.Ordinal))
            {
                errors.Add($"{id}: the id must be \"{type}--\" followed by a UUID");
                continue;
            }

            if (item.TryGetProperty("object_marking_refs", out var refs) && refs.ValueKind == JsonValueKind.Array)
            {
                markings.AddRange(refs.EnumerateArray().Select(r => r.ValueKind == JsonValueKind.String && definitions.TryGetValue(r.GetString()!, out var m) ? (TlpMarking?)m : null).OfType<TlpMarking>());
            }

            switch (type)
            {
                case "marking-definition" or "identity":
                    break;
                case "report":
                    if (Text(item, "name") is not { Length: > 0 } name)
                    {
                        errors.Add($"{id}: a report must have a name");
                    }
                    else
                    {
                        reports.Add((name, Text(item, "description")));
                    }

                    break;
                case "indicator":
                    ReadIndicator(item, id, lines, aside, errors);
                    break;
                case "vulnerability":
                    var cve = item.TryGetProperty("external_references", out var references) && references.ValueKind == JsonValueKind.Array
                        ? references.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.Object && string.Equals(Text(r, "source_name"), "cve", StringComparison.OrdinalIgnoreCase))
                            .Select(r => Text(r, "external_id")).FirstOrDefault(v => v is not null)
                        : null;
                    cve ??= Text(item, "name") is { } vulnerabilityName && vulnerabilityName.StartsWith("CVE-", StringComparison.OrdinalIgnoreCase) ? vulnerabilityName : null;
                    if (cve is not null && IndicatorRules.Validate(IndicatorType.CveId, cve) is { } valid)
                    {
                        lines.Add(valid.Line);
                    }
                    else
                    {
                        aside.Add($"{id} (a vulnerability without a CVE id)");
                    }

                    break;
                default:
                    aside.Add($"{id} ({type})");
                    break;
            }
        }

        if (errors.Count > 0)
        {
            return new Result(null, aside, errors.Count > ErrorsNamed ? [.. errors.Take(ErrorsNamed), $"and {errors.Count - ErrorsNamed:N0} more"] : errors, 0);
        }

        var distinct = lines.Distinct(StringComparer.Ordinal).ToList();
        if (reports.Count == 0 && distinct.Count == 0)
        {
            return Refused("The bundle has no report, indicator or vulnerability to make an advisory from");
        }

        var (title, description) = reports.Count > 0 ? reports[0] : ($"Imported indicators ({distinct.Count})", null);
        // A report ProtectHub exported reads back into its parts: summary, "What to do: ...", then the details.
        string? actions = null, details = null;
        if (description?.IndexOf(ActionsMark, StringComparison.Ordinal) is { } at and >= 0)
        {
            var rest = description[(at + ActionsMark.Length)..];
            var end = rest.IndexOf("\n\n", StringComparison.Ordinal);
            (actions, details) = end < 0 ? (rest, null) : (rest[..end], rest[(end + 2)..]);
            description = description[..at];
        }

        var more = reports.Skip(1).Select(r => $"{r.Name}: {r.Description}").ToList();
        details = string.Join("\n\n", new[] { details }.Concat(more).Where(d => !string.IsNullOrWhiteSpace(d)));
        var form = new AdvisoryForm
        {
            Title = Shorten(title, AdvisoryLimits.Title),
            Summary = description is null ? null : Shorten(description, AdvisoryLimits.Summary),
            RecommendedActions = actions is null ? null : Shorten(actions, AdvisoryLimits.Text),
            Details = details.Length == 0 ? null : Shorten(details, AdvisoryLimits.Text),
            Tlp = markings.Count == 0 ? null : markings.Max(),
            Indicators = string.Join('\n', distinct),
        };
        return new Result(form, aside, [], distinct.Count);
    }

    private static void ReadIndicator(JsonElement item, string id, List<string> lines, List<string> aside, List<string> errors)
    {
        var patternType = Text(item, "pattern_type") ?? "stix";
        if (Text(item, "pattern") is not { Length: > 0 } pattern)
        {
            errors.Add($"{id}: an indicator must have a pattern");
            return;
        }

        if (!string.Equals(patternType, "stix", StringComparison.OrdinalIgnoreCase))
        {
            aside.Add($"{id} (an indicator in {patternType}, not a STIX pattern)");
            return;
        }

        if (StixPattern.Error(pattern) is { } malformed)
        {
            errors.Add($"{id}: the pattern is not valid STIX patterning, {malformed}");
            return;
        }

        var outer = pattern.Trim();
        if (!outer.StartsWith('[') || !outer.EndsWith(']') || outer.Count(c => c == '[') != 1)
        {
            aside.Add($"{id} (a pattern of more than one observation)");
            return;
        }

        var found = new List<string>();
        foreach (var part in SplitOr(outer[1..^1]))
        {
            var match = Comparison().Match(part.Trim());
            if (!match.Success)
            {
                aside.Add($"{id} (a pattern that is not \"value = '...'\" joined by OR)");
                return;
            }

            var value = match.Groups["value"].Value.Replace("\\'", "'", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
            IndicatorType? kind = match.Groups["object"].Value switch
            {
                "domain-name" => IndicatorType.Domain,
                "ipv4-addr" or "ipv6-addr" => IndicatorType.IpAddress,
                "url" => IndicatorType.Url,
                "email-addr" => IndicatorType.EmailAddress,
                "file" when match.Groups["path"].Value.StartsWith("hashes.", StringComparison.Ordinal) => IndicatorType.FileHash,
                _ => null,
            };
            if (kind is null || (kind != IndicatorType.FileHash && match.Groups["path"].Value != "value"))
            {
                aside.Add($"{id} (a pattern on {match.Groups["object"].Value}:{match.Groups["path"].Value}, which advisories do not carry)");
                return;
            }

            if (IndicatorRules.Validate(kind.Value, value) is not { } valid)
            {
                errors.Add($"{id}: '{value}' is not a valid {IndicatorRules.NameOf(kind.Value).ToLowerInvariant()}");
                return;
            }

            found.Add(valid.Line);
        }

        lines.AddRange(found);
    }

    /// <summary>The comparisons of an observation split at OR outside quoted values.</summary>
    private static IEnumerable<string> SplitOr(string expression)
    {
        var start = 0;
        var quoted = false;
        for (var i = 0; i < expression.Length; i++)
        {
            if (expression[i] == '\\' && quoted)
            {
                i++;
            }
            else if (expression[i] == '\'')
            {
                quoted = !quoted;
            }
            else if (!quoted && i + 4 <= expression.Length && string.Compare(expression, i, " OR ", 0, 4, StringComparison.Ordinal) == 0)
            {
                yield return expression[start..i];
                start = i + 4;
                i += 3;
            }
        }

        yield return expression[start..];
    }

    private static TlpMarking? TlpOf(JsonElement definition)
    {
        // TLP 1.0: "definition_type": "tlp", "definition": { "tlp": "amber" }; TLP 2.0: "name": "TLP:AMBER+STRICT".
        var level = definition.TryGetProperty("definition", out var body) && body.ValueKind == JsonValueKind.Object ? Text(body, "tlp") : null;
        level ??= Text(definition, "name") is { } name && name.StartsWith("TLP:", StringComparison.OrdinalIgnoreCase) ? name[4..] : null;
        return level?.Trim().ToUpperInvariant() switch
        {
            "WHITE" or "CLEAR" => TlpMarking.Clear,
            "GREEN" => TlpMarking.Green,
            "AMBER" => TlpMarking.Amber,
            "AMBER+STRICT" => TlpMarking.AmberStrict,
            "RED" => TlpMarking.Red,
            _ => null,
        };
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    private static Result Refused(string reason) => new(null, [], [reason], 0);

    [GeneratedRegex(@"^[a-z0-9][a-z0-9-]*--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")]
    private static partial Regex StixId();

    [GeneratedRegex(@"^(?<object>[a-z0-9-]+):(?<path>[a-zA-Z0-9_.'-]+)\s*=\s*'(?<value>(?:[^'\\]|\\.)*)'$")]
    private static partial Regex Comparison();
}
