using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace ProtectHub.Core.Lessons;

/// <summary>One MITRE ATT&amp;CK Enterprise technique or sub-technique.</summary>
public sealed record AttackTechnique(string Id, string Name, IReadOnlyList<string> Tactics, bool Revoked, bool Deprecated)
{
    public bool IsCurrent => !Revoked && !Deprecated;
}

/// <summary>
/// The MITRE ATT&amp;CK Enterprise technique list shipped with ProtectHub (Lessons/attack-enterprise-techniques.csv,
/// from mitre/cti; © The MITRE Corporation, reproduced with its permission: docs/licences/mitre-attack.txt).
/// Lessons name the techniques of an attack path by id, and only current ids are accepted.
/// </summary>
public static partial class AttackTechniques
{
    private static readonly Lazy<FrozenDictionary<string, AttackTechnique>> ById = new(Load);

    public static IReadOnlyCollection<AttackTechnique> All => ById.Value.Values;

    public static AttackTechnique? Find(string id) => ById.Value.GetValueOrDefault(id.Trim().ToUpperInvariant());

    /// <summary>
    /// The ids in <paramref name="text"/> (separated by commas, spaces or lines; "T1566.001" or "T1566.001 Spearphishing
    /// Attachment" both read as the id), or errors naming each that is not a current technique.
    /// </summary>
    public static (IReadOnlyList<string> Ids, IReadOnlyList<string> Errors) Parse(string? text)
    {
        var ids = new List<string>();
        var errors = new List<string>();
        foreach (var line in (text ?? "").Split(['\n', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = TechniqueId().Match(line);
            if (!match.Success)
            {
                errors.Add($"'{Shorten(line)}' is not an ATT&CK technique id (like T1566 or T1566.001)");
                continue;
            }

            var id = match.Value.ToUpperInvariant();
            var technique = Find(id);
            if (technique is null)
            {
                errors.Add($"{id} is not an ATT&CK Enterprise technique");
            }
            else if (!technique.IsCurrent)
            {
                errors.Add($"{id} ({technique.Name}) is {(technique.Revoked ? "revoked" : "deprecated")} in ATT&CK: choose the technique that replaced it");
            }
            else if (!ids.Contains(id))
            {
                ids.Add(id);
            }
        }

        return (ids, errors);
    }

    public static string Describe(string id) => Find(id) is { } t ? $"{t.Id} {t.Name}" : id;

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;

    private static FrozenDictionary<string, AttackTechnique> Load()
    {
        using var stream = typeof(AttackTechniques).Assembly.GetManifestResourceStream("ProtectHub.AttackTechniques.csv")
            ?? throw new InvalidOperationException("The ATT&CK technique list is missing from the build");
        using var reader = new StreamReader(stream);
        var techniques = new Dictionary<string, AttackTechnique>(StringComparer.Ordinal);
        _ = reader.ReadLine(); // id,name,tactics,revoked,deprecated
        while (reader.ReadLine() is { } line)
        {
            // Names may hold commas, in quotes; the other columns never do.
            var first = line.IndexOf(',', StringComparison.Ordinal);
            var parts = line[(first + 1)..];
            var last3 = parts.Split(',');
            var name = string.Join(',', last3[..^3]).Trim('"');
            techniques[line[..first]] = new AttackTechnique(line[..first], name, last3[^3].Split(';', StringSplitOptions.RemoveEmptyEntries), last3[^2] == "yes", last3[^1] == "yes");
        }

        return techniques.ToFrozenDictionary(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"^T\d{4}(\.\d{3})?\b", RegexOptions.IgnoreCase)]
    private static partial Regex TechniqueId();
}
