using System.Globalization;

namespace ProtectHub.Linkage.Internals;

/// <summary>The prepared state of one run: normalised fields over all records and the blocking index.</summary>
internal sealed class LinkageJob
{
    public LinkageJob(LinkageSettings settings, IReadOnlyList<LinkageTable> tables, PairFilter filter, TextWriter? progress)
    {
        settings.Validate();
        Settings = settings;
        Filter = filter;
        Progress = progress;
        var ids = new List<string>();
        foreach (var t in tables)
        {
            ids.AddRange(t.Ids);
        }
        RecordIds = [.. ids];
        Split = tables.Count > 1 ? tables[0].Count : RecordIds.Length;
        Fields = CompileFields(settings);
        Prepared = new PreparedField[Fields.Length];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Degree };
        Parallel.For(0, Fields.Length, parallel, f => Prepared[f] = PreparedField.Build(Fields[f].Settings, tables));
        progress?.WriteLine($"normalised {Fields.Length} fields");
        for (var f = 0; f < Fields.Length; f++)
        {
            TreatSharedValuesAsMissing(Fields[f].Settings, Prepared[f], progress);
        }

        Vetoes = [.. settings.NeverMatchWhenAllDisagree.Select(group => group.Select(FieldIndex).ToArray())];
        foreach (var field in Fields)
        {
            var present = false;
            foreach (var t in tables)
            {
                present |= t.HasColumn(field.Settings.SourceColumn);
            }
            if (!present && RecordIds.Length > 0)
            {
                progress?.WriteLine($"warning: column '{field.Settings.SourceColumn}' (field {field.Settings.Name}) is not in the input; treated as missing");
            }
        }
        // Blocking only saves time: when the input is small enough, every pair is also compared (an extra rule with no
        // keys, so all records share one block). The user's rules still drive training.
        var userRules = settings.BlockingRules.Count;
        // Incremental runs decide as a full run over all records would, so both compare the same pairs.
        double n = RecordIds.Length;
        var decidingPairs = filter == PairFilter.AnyNew ? n * (n - 1) / 2 : TotalPairs;
        var exhaustive = TotalPairs > 0 && decidingPairs <= settings.CompareAllPairsBelow;
        var ruleCount = userRules + (exhaustive ? 1 : 0);
        ExhaustiveRule = exhaustive ? userRules : -1;
        RuleNames = new string[ruleCount];
        var rules = new BlockingKey[ruleCount][];
        var keyFields = new int[ruleCount][];
        RuleFields = new bool[ruleCount][];
        for (var r = 0; r < ruleCount; r++)
        {
            IReadOnlyList<string> keys = r < userRules ? settings.BlockingRules[r].Keys : [];
            RuleNames[r] = r < userRules ? settings.BlockingRules[r].DisplayName : "all pairs (small input)";
            rules[r] = new BlockingKey[keys.Count];
            keyFields[r] = new int[keys.Count];
            RuleFields[r] = new bool[Fields.Length];
            for (var k = 0; k < keys.Count; k++)
            {
                rules[r][k] = BlockingKey.Parse(keys[k]);
                keyFields[r][k] = FieldIndex(rules[r][k].Field);
                RuleFields[r][keyFields[r][k]] = true;
            }
        }
        Candidates = new CandidatePairs(rules, keyFields, Prepared, RecordIds.Length, Split, filter, Degree);
        for (var r = 0; r < ruleCount; r++)
        {
            progress?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"blocking rule {r + 1} ({RuleNames[r]}): {Candidates.RawCounts[r]:N0} pairs"));
        }
        if (Candidates.TotalRaw > settings.MaxCandidatePairs)
        {
            throw new LinkageException(string.Create(CultureInfo.InvariantCulture,
                $"The blocking rules would generate {Candidates.TotalRaw:N0} candidate pairs, more than maxCandidatePairs ({settings.MaxCandidatePairs:N0}). Make the rules stricter (add keys such as first(surname,1) or year(dob)) or raise maxCandidatePairs."));
        }
    }

    public LinkageSettings Settings { get; }

    /// <summary>Groups of field indexes: a pair on which every field of a group disagrees outright is never a match.</summary>
    public int[][] Vetoes { get; }

    /// <summary>
    /// Whether some group of <see cref="Vetoes"/> tells records i and j apart: no field of the group agrees, that is
    /// compares at a level worth at least <see cref="AgreementBits"/> towards a match (a birthday a year out is not),
    /// and at least two of them (every one, in a group of one) are present. Missing values neither agree nor disagree.
    /// </summary>
    /// <summary>The weight (bits) from which a field's level is evidence for a match, not just weak or against.</summary>
    public const double AgreementBits = 1.0;

    public bool Vetoed(int i, int j, double[][] weights)
    {
        foreach (var group in Vetoes)
        {
            var disagree = 0;
            var agrees = false;
            foreach (var f in group)
            {
                var level = Fields[f].Level(Prepared, i, j);
                if (level < 0)
                {
                    continue;
                }

                if (weights[f][level] >= AgreementBits)
                {
                    agrees = true;
                    break;
                }

                disagree++;
            }

            if (!agrees && disagree >= Math.Min(2, group.Length))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A value held by more records than the field allows (a care home's phone, none@none.com missed by the
    /// placeholder check) says nothing about who is who: it becomes missing for every record that holds it, and the
    /// run says so. Otherwise EM, trained on a rule blocking on it, takes thousands of different people for one.
    /// </summary>
    private static void TreatSharedValuesAsMissing(FieldSettings settings, PreparedField prepared, TextWriter? progress)
    {
        var limit = settings.RecordsPerValueLimit;
        if (limit <= 0)
        {
            return;
        }

        var shared = new List<int>();
        for (var v = 0; v < prepared.Counts.Length; v++)
        {
            if (prepared.Counts[v] > limit)
            {
                shared.Add(v);
            }
        }

        if (shared.Count == 0)
        {
            return;
        }

        var ids = prepared.Ids;
        for (var r = 0; r < ids.Length; r++)
        {
            if (ids[r] >= 0 && prepared.Counts[ids[r]] > limit)
            {
                ids[r] = -1;
            }
        }

        foreach (var v in shared.OrderByDescending(v => prepared.Counts[v]).Take(5))
        {
            progress?.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"'{prepared.Values[v]}' appears in {prepared.Counts[v]:N0} records of {settings.Name}: treated as missing (more than {limit:N0} records share it)"));
        }

        if (shared.Count > 5)
        {
            progress?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"... and {shared.Count - 5:N0} more values of {settings.Name} shared by more than {limit:N0} records"));
        }

        foreach (var v in shared)
        {
            prepared.Counts[v] = 0;
        }
    }

    public PairFilter Filter { get; }

    public TextWriter? Progress { get; }

    public string[] RecordIds { get; }

    public int Split { get; }

    public CompiledField[] Fields { get; }

    public PreparedField[] Prepared { get; }

    /// <summary>For each rule, which fields its keys read (those fields are left out when training on the rule's pairs).</summary>
    public bool[][] RuleFields { get; }

    public CandidatePairs Candidates { get; }

    /// <summary>Label of each rule, including the all-pairs rule of small inputs.</summary>
    public string[] RuleNames { get; }

    /// <summary>Index of the all-pairs rule added for small inputs, or -1.</summary>
    public int ExhaustiveRule { get; }

    /// <summary>Comparison vectors of every distinct candidate pair, kept by training when affordable; null otherwise.</summary>
    public List<StoredPairs>? StoredPairs { get; set; }

    public int Degree => Settings.MaxDegreeOfParallelism <= 0 ? Environment.ProcessorCount : Settings.MaxDegreeOfParallelism;

    /// <summary>Number of record pairs the job could compare without blocking.</summary>
    public double TotalPairs
    {
        get
        {
            double n = RecordIds.Length;
            double split = Split;
            return Filter switch
            {
                PairFilter.All => n * (n - 1) / 2,
                PairFilter.CrossSplit => split * (n - split),
                _ => (n * (n - 1) / 2) - (split * (split - 1) / 2),
            };
        }
    }

    public int FieldIndex(string name)
    {
        for (var f = 0; f < Fields.Length; f++)
        {
            if (string.Equals(Fields[f].Settings.Name, name, StringComparison.Ordinal))
            {
                return f;
            }
        }
        throw new LinkageException($"Unknown field '{name}'.");
    }

    public void Levels(int i, int j, Span<int> levels)
    {
        var fields = Fields;
        for (var f = 0; f < fields.Length; f++)
        {
            levels[f] = fields[f].Level(Prepared, i, j);
        }
    }

    public static CompiledField[] CompileFields(LinkageSettings settings)
    {
        var fields = new CompiledField[settings.Fields.Count];
        for (var f = 0; f < fields.Length; f++)
        {
            var s = settings.Fields[f];
            var swap = -1;
            if (s.SwapWith is not null)
            {
                for (var g = 0; g < settings.Fields.Count; g++)
                {
                    if (string.Equals(settings.Fields[g].Name, s.SwapWith, StringComparison.Ordinal))
                    {
                        swap = g;
                    }
                }
            }
            fields[f] = new CompiledField(s, f, swap);
        }
        return fields;
    }
}
