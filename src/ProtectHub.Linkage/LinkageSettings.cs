using System.Text.Json;
using System.Text.Json.Serialization;

namespace ProtectHub.Linkage;

/// <summary>Everything the engine needs to know about a linkage job; usually loaded from a JSON file.</summary>
public sealed record LinkageSettings
{
    private static readonly JsonSerializerOptions JsonOptions = CreateJsonOptions();

    /// <summary>The column holding each record's unique id.</summary>
    public string IdColumn { get; init; } = "id";

    /// <summary>The compared fields (at most 16).</summary>
    public IReadOnlyList<FieldSettings> Fields { get; init; } = [];

    /// <summary>Blocking rules; candidate pairs are the union of their pairs.</summary>
    public IReadOnlyList<BlockingRuleSettings> BlockingRules { get; init; } = [];

    /// <summary>
    /// <c>"blockingRules": "auto"</c>: the run proposes its own rules for the file (see
    /// <see cref="LinkageEngine.SuggestBlocking"/>) within <see cref="MaxCandidatePairs"/> and reports their estimated completeness.
    /// </summary>
    [JsonIgnore]
    public bool AutoBlocking { get; init; }

    /// <summary>
    /// Groups of fields that tell different people apart: a pair on which at least two fields of a group are present and
    /// none agrees (compares at a level worth at least one bit towards a match: "no match" or a birthday a year out does
    /// not) is never a match, however much else it shares. Missing values neither agree nor disagree.
    /// Without this, a couple sharing a surname, address, phone and email scores as one person.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> NeverMatchWhenAllDisagree { get; init; } = [];

    /// <summary>Pairs with a match probability at or above this are matches. 0.5 means "more likely than not".</summary>
    public double Threshold { get; init; } = 0.5;

    /// <summary>Refuse to run when blocking would produce more candidate pairs than this.</summary>
    public long MaxCandidatePairs { get; init; } = 100_000_000;

    /// <summary>
    /// When the input has at most this many record pairs, every pair is compared (blocking rules still train the model):
    /// small files lose no matches to blocking. 0 turns this off.
    /// </summary>
    public long CompareAllPairsBelow { get; init; } = 2_000_000;

    /// <summary>Training options.</summary>
    public EmOptions Em { get; init; } = new();

    /// <summary>Seed for every random choice; a fixed seed gives identical results.</summary>
    public int RandomSeed { get; init; } = 42;

    /// <summary>Worker threads; 0 means one per processor.</summary>
    public int MaxDegreeOfParallelism { get; init; }

    /// <summary>Reads settings from a JSON file.</summary>
    /// <exception cref="LinkageException">The file is not valid settings.</exception>
    public static LinkageSettings Load(string path) => Parse(File.ReadAllText(path));

    /// <summary>Parses settings from JSON text.</summary>
    /// <exception cref="LinkageException">The text is not valid settings.</exception>
    public static LinkageSettings Parse(string json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            throw new LinkageException("The settings file is empty.");
        }

        LinkageSettings? settings;
        try
        {
            Internals.SettingsKeys.Check(json);
            var auto = false;
            var node = System.Text.Json.Nodes.JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (node is System.Text.Json.Nodes.JsonObject root
                && root.FirstOrDefault(p => string.Equals(p.Key, "blockingRules", StringComparison.OrdinalIgnoreCase)) is { Value: System.Text.Json.Nodes.JsonValue value } rules
                && value.TryGetValue<string>(out var text))
            {
                if (!string.Equals(text, "auto", StringComparison.OrdinalIgnoreCase))
                {
                    throw new LinkageException($"blockingRules is '{text}': give a list of rules, or \"auto\" to have ProtectHub propose them.");
                }

                root.Remove(rules.Key);
                auto = true;
            }

            settings = node.Deserialize<LinkageSettings>(JsonOptions);
            if (settings is not null && auto)
            {
                settings = settings with { AutoBlocking = true };
            }
        }
        catch (JsonException ex)
        {
            throw new LinkageException($"The settings are not valid JSON: {ex.Message}", ex);
        }
        if (settings is null)
        {
            throw new LinkageException("The settings file is empty.");
        }
        settings.Validate();
        return settings;
    }

    /// <summary>Writes these settings as indented JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    /// <summary>
    /// Sensible settings for person records with columns first_name, surname, dob, email, phone, postcode and address.
    /// </summary>
    public static LinkageSettings DefaultPerson() => new()
    {
        // Household members share a surname, address, landline and often an email, twins a birthday too, and people with
        // a common name an email built from it: a different first name with a different birthday, or with a different
        // email and phone, or a different birthday, phone and postcode, is another person.
        NeverMatchWhenAllDisagree = [["first_name", "dob"], ["first_name", "email", "phone"], ["dob", "phone", "postcode"]],
        Fields =
        [
            new FieldSettings { Name = "first_name", Type = FieldType.Name, TermFrequency = true, SwapWith = "surname" },
            new FieldSettings { Name = "surname", Type = FieldType.Name, TermFrequency = true, SwapWith = "first_name" },
            new FieldSettings { Name = "dob", Type = FieldType.Date },
            new FieldSettings { Name = "email", Type = FieldType.Email, TermFrequency = true },
            new FieldSettings { Name = "phone", Type = FieldType.Phone, TermFrequency = true },
            new FieldSettings { Name = "postcode", Type = FieldType.Postcode },
            new FieldSettings { Name = "address", Type = FieldType.Text },
        ],
        BlockingRules =
        [
            new BlockingRuleSettings { Keys = ["dob", "first(surname,1)"] },
            new BlockingRuleSettings { Keys = ["soundex(first_name)", "soundex(surname)", "year(dob)"] },
            new BlockingRuleSettings { Keys = ["email"] },
            new BlockingRuleSettings { Keys = ["phone"] },
            new BlockingRuleSettings { Keys = ["postcode", "first(first_name,1)"] },
            // Rules without names catch records whose first and last names were swapped.
            new BlockingRuleSettings { Keys = ["dob", "postcode"] },
            new BlockingRuleSettings { Keys = ["dob", "first(address,3)"] },
            new BlockingRuleSettings { Keys = ["postcode", "first(address,3)"] },
            // Same names and birthday (month and day) catch a mistyped birth year.
            new BlockingRuleSettings { Keys = ["soundex(first_name)", "soundex(surname)", "last(dob,4)"] },
        ],
    };

    /// <summary>The levels used when a field does not list its own.</summary>
    public static IReadOnlyList<ComparisonLevelSettings> DefaultLevels(FieldType type, bool swappable) => type switch
    {
        FieldType.Name => swappable
            ?
            [
                new(ComparisonKind.Exact), new(ComparisonKind.DamerauLevenshtein, 1), new(ComparisonKind.Nickname),
                new(ComparisonKind.Swapped, 0.88), new(ComparisonKind.JaroWinkler, 0.88), new(ComparisonKind.Initials),
                new(ComparisonKind.JaroWinkler, 0.7),
            ]
            :
            [
                new(ComparisonKind.Exact), new(ComparisonKind.DamerauLevenshtein, 1), new(ComparisonKind.Nickname),
                new(ComparisonKind.JaroWinkler, 0.88), new(ComparisonKind.Initials), new(ComparisonKind.JaroWinkler, 0.7),
            ],
        FieldType.Date =>
        [
            new(ComparisonKind.Exact), new(ComparisonKind.DayMonthTransposed), new(ComparisonKind.DamerauLevenshtein, 1),
            new(ComparisonKind.WithinYears, 1), new(ComparisonKind.WithinYears, 10),
        ],
        FieldType.Postcode => [new(ComparisonKind.Exact), new(ComparisonKind.PostcodeSector), new(ComparisonKind.PostcodeOutward)],
        // No fuzzy level beyond one edit: emails are usually built from the person's name, so a loose similarity would
        // count the name evidence twice.
        FieldType.Email => [new(ComparisonKind.Exact), new(ComparisonKind.DamerauLevenshtein, 1), new(ComparisonKind.EmailLocalPart)],
        FieldType.Phone => [new(ComparisonKind.Exact), new(ComparisonKind.DamerauLevenshtein, 1)],
        FieldType.Numeric => [new(ComparisonKind.Exact), new(ComparisonKind.NumericPercent, 5)],
        FieldType.Exact => [new(ComparisonKind.Exact), new(ComparisonKind.DamerauLevenshtein, 1)],
        _ => [new(ComparisonKind.Exact), new(ComparisonKind.DamerauLevenshtein, 1), new(ComparisonKind.JaroWinkler, 0.9), new(ComparisonKind.JaroWinkler, 0.7)],
    };

    /// <summary>Checks the settings are usable.</summary>
    /// <exception cref="LinkageException">With a message naming the problem.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(IdColumn))
        {
            throw new LinkageException("The settings need an idColumn.");
        }
        if (Fields.Count == 0)
        {
            throw new LinkageException("The settings need at least one field.");
        }
        if (Fields.Count > 16)
        {
            throw new LinkageException("At most 16 fields can be compared.");
        }
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in Fields)
        {
            if (string.IsNullOrWhiteSpace(f.Name) || !names.Add(f.Name))
            {
                throw new LinkageException($"Field names must be present and unique ('{f.Name}').");
            }
            var levels = f.Levels ?? DefaultLevels(f.Type, f.SwapWith is not null);
            if (levels.Count is 0 or > 14)
            {
                throw new LinkageException($"Field '{f.Name}' needs between 1 and 14 comparison levels.");
            }
            if (f.TermFrequencyWeight is < 0 or > 1)
            {
                throw new LinkageException($"Field '{f.Name}': termFrequencyWeight must be between 0 and 1.");
            }
        }
        foreach (var f in Fields)
        {
            if (f.SwapWith is not null && !names.Contains(f.SwapWith))
            {
                throw new LinkageException($"Field '{f.Name}' swaps with unknown field '{f.SwapWith}'.");
            }
            var levels = f.Levels ?? DefaultLevels(f.Type, f.SwapWith is not null);
            foreach (var level in levels)
            {
                if (level.Kind == ComparisonKind.Swapped && f.SwapWith is null)
                {
                    throw new LinkageException($"Field '{f.Name}' has a swapped level but no swapWith field.");
                }
            }
        }
        if (BlockingRules.Count == 0 && !AutoBlocking)
        {
            throw new LinkageException("The settings need at least one blocking rule, or \"blockingRules\": \"auto\".");
        }
        foreach (var group in NeverMatchWhenAllDisagree)
        {
            if (group.Count == 0)
            {
                throw new LinkageException("neverMatchWhenAllDisagree has an empty group.");
            }

            foreach (var field in group.Where(g => !names.Contains(g)))
            {
                throw new LinkageException($"neverMatchWhenAllDisagree names unknown field '{field}'.");
            }
        }
        foreach (var f in Fields)
        {
            if (f.MaxRecordsPerValue is < 0)
            {
                throw new LinkageException($"Field '{f.Name}': maxRecordsPerValue must be 0 (no limit) or more.");
            }
        }
        foreach (var rule in BlockingRules)
        {
            if (rule.Keys.Count == 0)
            {
                throw new LinkageException($"Blocking rule '{rule.DisplayName}' has no keys.");
            }
            foreach (var key in rule.Keys)
            {
                var parsed = Internals.BlockingKey.Parse(key);
                if (!names.Contains(parsed.Field))
                {
                    throw new LinkageException($"Blocking rule '{rule.DisplayName}' uses unknown field '{parsed.Field}'.");
                }
            }
        }
        if (Threshold is <= 0 or > 1)
        {
            throw new LinkageException("threshold must be in (0, 1].");
        }
        if (MaxCandidatePairs <= 0)
        {
            throw new LinkageException("maxCandidatePairs must be positive.");
        }
    }

    private static JsonSerializerOptions CreateJsonOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            PropertyNameCaseInsensitive = true,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            WriteIndented = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        return options;
    }
}
