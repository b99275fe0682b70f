namespace ProtectHub.Linkage.Internals;

/// <summary>A field's comparison levels in a form the hot loop can evaluate without allocating.</summary>
internal sealed class CompiledField
{
    public CompiledField(FieldSettings settings, int index, int swapIndex)
    {
        Settings = settings;
        Index = index;
        SwapIndex = swapIndex;
        var levels = settings.Levels ?? LinkageSettings.DefaultLevels(settings.Type, settings.SwapWith is not null);
        Levels = [.. levels];
        Kinds = new ComparisonKind[Levels.Length];
        Thresholds = new double[Levels.Length];
        ExactLevel = -1;
        MaxEdits = 0;
        for (var i = 0; i < Levels.Length; i++)
        {
            Kinds[i] = Levels[i].Kind;
            Thresholds[i] = Levels[i].Threshold;
            if (Kinds[i] == ComparisonKind.DamerauLevenshtein)
            {
                MaxEdits = Math.Max(MaxEdits, (int)Math.Floor(Thresholds[i]));
            }
            if (Kinds[i] == ComparisonKind.Exact && ExactLevel < 0)
            {
                ExactLevel = i;
            }
        }
    }

    public FieldSettings Settings { get; }

    public int Index { get; }

    /// <summary>Index of the field this one may be swapped with, or -1.</summary>
    public int SwapIndex { get; }

    public ComparisonLevelSettings[] Levels { get; }

    public ComparisonKind[] Kinds { get; }

    public double[] Thresholds { get; }

    /// <summary>Level count including the final "else" level.</summary>
    public int LevelCount => Levels.Length + 1;

    public int ExactLevel { get; }

    /// <summary>The largest Damerau-Levenshtein threshold among the levels: the distance is never computed beyond it.</summary>
    public int MaxEdits { get; }

    public string LevelLabel(int level) => level < Levels.Length ? Levels[level].Describe() : "no match";

    /// <summary>The comparison level of records <paramref name="i"/> and <paramref name="j"/>, or -1 when either value is missing.</summary>
    public int Level(PreparedField[] fields, int i, int j)
    {
        var f = fields[Index];
        var a = f.Ids[i];
        var b = f.Ids[j];
        if (a < 0 || b < 0)
        {
            return -1;
        }
        if (a == b)
        {
            // Equal normalised values satisfy every level; the first level is by convention the best.
            return ExactLevel >= 0 ? ExactLevel : 0;
        }
        var jw = -1.0;
        var dl = -1;
        var kinds = Kinds;
        for (var k = 0; k < kinds.Length; k++)
        {
            if (Test(kinds[k], Thresholds[k], f, fields, a, b, i, j, ref jw, ref dl))
            {
                // Swapped names are one piece of evidence: the first field of the pair counts it, the second stays neutral.
                return kinds[k] == ComparisonKind.Swapped && SwapIndex < Index ? -1 : k;
            }
        }
        return kinds.Length;
    }

    private bool Test(ComparisonKind kind, double threshold, PreparedField f, PreparedField[] fields, int a, int b, int i, int j, ref double jw, ref int dl)
    {
        switch (kind)
        {
            case ComparisonKind.Exact:
                return false;
            case ComparisonKind.JaroWinkler:
                if (jw < 0)
                {
                    // First the cheap bound; jw holds it (negated, minus one) until the exact value is needed.
                    var bound = jw < -1 ? -jw - 2 : StringMetrics.JaroWinklerUpperBound(f.Values[a], f.Values[b]);
                    if (bound < threshold)
                    {
                        jw = -bound - 2;
                        return false;
                    }
                    jw = StringMetrics.JaroWinkler(f.Values[a], f.Values[b]);
                }
                return jw >= threshold;
            case ComparisonKind.DamerauLevenshtein:
                if (dl < 0)
                {
                    dl = StringMetrics.DamerauLevenshtein(f.Values[a], f.Values[b], MaxEdits);
                }
                return dl <= threshold;
            case ComparisonKind.Nickname:
                return SharesGroup(f.NickGroups, a, b);
            case ComparisonKind.Initials:
                {
                    var x = f.Values[a];
                    var y = f.Values[b];
                    return (x.Length == 1 || y.Length == 1) && x[0] == y[0];
                }
            case ComparisonKind.Swapped:
                {
                    var other = fields[SwapIndex];
                    var oi = other.Ids[i];
                    var oj = other.Ids[j];
                    // A threshold above zero also accepts swapped values with typos (Jaro-Winkler on both crossings).
                    return oi >= 0 && oj >= 0
                        && Close(f.Values[a], other.Values[oj], threshold)
                        && Close(other.Values[oi], f.Values[b], threshold);
                }
            case ComparisonKind.DayMonthTransposed:
                {
                    var x = f.Values[a];
                    var y = f.Values[b];
                    return x.Length == 8 && y.Length == 8
                        && x.AsSpan(0, 4).SequenceEqual(y.AsSpan(0, 4))
                        && x.AsSpan(4, 2).SequenceEqual(y.AsSpan(6, 2))
                        && x.AsSpan(6, 2).SequenceEqual(y.AsSpan(4, 2));
                }
            case ComparisonKind.WithinDays:
                {
                    var x = f.Days![a];
                    var y = f.Days[b];
                    return x != int.MinValue && y != int.MinValue && Math.Abs(x - y) <= threshold;
                }
            case ComparisonKind.WithinYears:
                {
                    var x = f.Days![a];
                    var y = f.Days[b];
                    return x != int.MinValue && y != int.MinValue && Math.Abs(x - y) <= threshold * 365.25;
                }
            case ComparisonKind.PostcodeSector:
            case ComparisonKind.EmailDomain:
                return f.Aux2 is not null && f.Aux2[a] >= 0 && f.Aux2[a] == f.Aux2[b];
            case ComparisonKind.PostcodeOutward:
            case ComparisonKind.EmailLocalPart:
                return f.Aux1 is not null && f.Aux1[a] >= 0 && f.Aux1[a] == f.Aux1[b];
            case ComparisonKind.NumericAbsolute:
                {
                    var x = f.Numbers![a];
                    var y = f.Numbers[b];
                    return !double.IsNaN(x) && !double.IsNaN(y) && Math.Abs(x - y) <= threshold;
                }
            case ComparisonKind.NumericPercent:
                {
                    var x = f.Numbers![a];
                    var y = f.Numbers[b];
                    return !double.IsNaN(x) && !double.IsNaN(y) && Math.Abs(x - y) <= threshold / 100.0 * Math.Max(Math.Abs(x), Math.Abs(y));
                }
            default:
                return false;
        }
    }

    private static bool Close(string x, string y, double threshold) =>
        string.Equals(x, y, StringComparison.Ordinal)
        || (threshold > 0
            && ((StringMetrics.JaroWinklerUpperBound(x, y) >= threshold && StringMetrics.JaroWinkler(x, y) >= threshold)
                || Nicknames.AreNicknames(x, y)));

    private static bool SharesGroup(int[]?[]? groups, int a, int b)
    {
        if (groups is null)
        {
            return false;
        }
        var ga = groups[a];
        var gb = groups[b];
        if (ga is null || gb is null)
        {
            return false;
        }
        foreach (var x in ga)
        {
            foreach (var y in gb)
            {
                if (x == y)
                {
                    return true;
                }
            }
        }
        return false;
    }
}
