using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using ProtectHub.Linkage.Internals;

namespace ProtectHub.Linkage;

/// <summary>
/// A trained Fellegi-Sunter model: the settings, the prior and each field's m and u probabilities. Save it to score new
/// records later (incremental linking) with exactly the same weights.
/// </summary>
public sealed class LinkageModel
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = false,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>Creates a model from its parts (normally produced by training or <see cref="Load"/>).</summary>
    [JsonConstructor]
    public LinkageModel(LinkageSettings settings, double prior, IReadOnlyList<FieldParameters> fields, int emIterations)
    {
        Settings = settings;
        Prior = prior;
        Fields = fields;
        EmIterations = emIterations;
    }

    /// <summary>The settings the model was trained with.</summary>
    public LinkageSettings Settings { get; }

    /// <summary>The probability that two records drawn at random are the same person (lambda).</summary>
    public double Prior { get; }

    /// <summary>Trained parameters, one per field in settings order.</summary>
    public IReadOnlyList<FieldParameters> Fields { get; }

    /// <summary>Total EM iterations used in training.</summary>
    public int EmIterations { get; }

    /// <summary>log2 of the prior odds.</summary>
    [JsonIgnore]
    public double PriorWeight => Math.Log2(Prior / (1 - Prior));

    /// <summary>Turns a total match weight in bits into a probability.</summary>
    public static double ToProbability(double weight) => 1.0 / (1.0 + Math.Pow(2, -weight));

    /// <summary>Serialises the model (settings, probabilities and term frequencies) as JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    /// <summary>Reads a model written by <see cref="ToJson"/>.</summary>
    /// <exception cref="LinkageException">The text is not a model.</exception>
    public static LinkageModel FromJson(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<LinkageModel>(json, JsonOptions) ?? throw new LinkageException("The model file is empty.");
        }
        catch (JsonException ex)
        {
            throw new LinkageException($"The model is not valid JSON: {ex.Message}", ex);
        }
    }

    /// <summary>Writes the model to a file.</summary>
    public void Save(string path) => File.WriteAllText(path, ToJson());

    /// <summary>Reads a model from a file.</summary>
    public static LinkageModel Load(string path) => FromJson(File.ReadAllText(path));

    private CompiledField[]? _compiledFields;

    /// <summary>
    /// Explains the score of two records given as column name to raw value: each field's comparison level and match
    /// weight, the prior and the final probability.
    /// </summary>
    public PairExplanation Explain(IReadOnlyDictionary<string, string?> left, IReadOnlyDictionary<string, string?> right)
    {
        var header = new List<string> { Settings.IdColumn };
        foreach (var f in Settings.Fields)
        {
            if (!header.Contains(f.SourceColumn))
            {
                header.Add(f.SourceColumn);
            }
        }
        var rows = new List<IReadOnlyList<string?>>(2);
        foreach (var (record, id) in new[] { (left, "left"), (right, "right") })
        {
            var row = new string?[header.Count];
            row[0] = id;
            for (var c = 1; c < header.Count; c++)
            {
                row[c] = record.TryGetValue(header[c], out var v) ? v : null;
            }
            rows.Add(row);
        }
        var table = LinkageTable.FromRows(header, Settings.IdColumn, rows);
        // Compiled once per model (the fields are read-only and shared by threads, as in a run): a large import explains
        // hundreds of thousands of pairs.
        var fields = _compiledFields ??= LinkageJob.CompileFields(Settings);
        var prepared = new PreparedField[fields.Length];
        for (var f = 0; f < fields.Length; f++)
        {
            prepared[f] = PreparedField.Build(fields[f].Settings, [table]);
        }
        var weights = CreateWeights(fields, prepared);
        var contributions = new FieldContribution[fields.Length];
        var total = PriorWeight;
        for (var f = 0; f < fields.Length; f++)
        {
            var level = fields[f].Level(prepared, 0, 1);
            var name = fields[f].Settings.Name;
            var a = prepared[f].Ids[0] < 0 ? null : prepared[f].Values[prepared[f].Ids[0]];
            var b = prepared[f].Ids[1] < 0 ? null : prepared[f].Values[prepared[f].Ids[1]];
            if (level < 0 && a is not null && b is not null)
            {
                var partner = Settings.Fields[fields[f].SwapIndex].Name;
                contributions[f] = new FieldContribution(name, a, b, "swapped", 0, 0, $"{name}: swapped with {partner}, counted there, +0.0");
                continue;
            }
            if (level < 0)
            {
                contributions[f] = new FieldContribution(name, a, b, "missing", 0, 0, $"{name}: missing on one side, no evidence either way, +0.0");
                continue;
            }
            var weight = weights[f][level];
            var tf = 0.0;
            if (level == fields[f].ExactLevel && prepared[f].TfAdjustment is { } adj)
            {
                tf = adj[prepared[f].Ids[0]];
            }
            var label = fields[f].LevelLabel(level);
            var rarity = tf > 1 ? " on a rare value" : tf < -1 ? " on a common value" : string.Empty;
            var text = string.Create(CultureInfo.InvariantCulture, $"{name}: {label}{rarity}, {weight + tf:+0.0;-0.0}");
            contributions[f] = new FieldContribution(name, a, b, label, weight + tf, tf, text);
            total += weight + tf;
        }
        return new PairExplanation(PriorWeight, contributions, total, ToProbability(total));
    }

    /// <summary>Match weights per field and level; also fills each prepared field's term-frequency adjustments.</summary>
    internal double[][] CreateWeights(CompiledField[] fields, PreparedField[] prepared)
    {
        var weights = new double[fields.Length][];
        for (var f = 0; f < fields.Length; f++)
        {
            var p = Fields[f];
            weights[f] = new double[p.M.Count];
            for (var l = 0; l < weights[f].Length; l++)
            {
                weights[f][l] = p.Weight(l);
            }
            var settings = fields[f].Settings;
            if (settings.TermFrequency && p.TermFrequencies is { } table && fields[f].ExactLevel >= 0)
            {
                var uExact = p.U[fields[f].ExactLevel];
                var unseen = 1.0 / Math.Max(1, p.NonMissingCount);
                var values = prepared[f].Values;
                var adjustment = new double[values.Length];
                for (var v = 0; v < values.Length; v++)
                {
                    var tf = table.TryGetValue(values[v], out var t) ? t : unseen;
                    adjustment[v] = settings.TermFrequencyWeight * Math.Log2(uExact / tf);
                }
                prepared[f].TfAdjustment = adjustment;
            }
        }
        return weights;
    }
}
