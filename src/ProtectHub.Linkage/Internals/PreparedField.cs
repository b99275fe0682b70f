using System.Globalization;

namespace ProtectHub.Linkage.Internals;

/// <summary>A field's normalised values for every record, with per-value data comparators need precomputed.</summary>
internal sealed class PreparedField
{
    /// <summary>Distinct normalised value per record, -1 when missing.</summary>
    public required int[] Ids { get; init; }

    public required string[] Values { get; init; }

    /// <summary>Dates: days since 0001-01-01, or int.MinValue when not a valid date.</summary>
    public int[]? Days { get; init; }

    /// <summary>Postcode outward code or email local part, as an id into <see cref="AuxValues"/>.</summary>
    public int[]? Aux1 { get; init; }

    /// <summary>Postcode sector or email domain, as an id into <see cref="AuxValues"/>.</summary>
    public int[]? Aux2 { get; init; }

    public string[]? AuxValues { get; init; }

    public double[]? Numbers { get; init; }

    public int[]?[]? NickGroups { get; init; }

    /// <summary>Records holding each distinct value.</summary>
    public required int[] Counts { get; init; }

    /// <summary>Term-frequency weight adjustment (bits) for an exact match on each value; null without TF.</summary>
    public double[]? TfAdjustment { get; set; }

    public static string? Normalise(FieldType type, string? raw) => type switch
    {
        FieldType.Name => TextNormaliser.Name(raw),
        FieldType.Date => TextNormaliser.Date(raw),
        FieldType.Postcode => TextNormaliser.Postcode(raw),
        FieldType.Email => TextNormaliser.Email(raw),
        FieldType.Phone => TextNormaliser.Phone(raw),
        FieldType.Exact => TextNormaliser.Exact(raw),
        FieldType.Numeric => TextNormaliser.Exact(raw),
        _ => TextNormaliser.Text(raw),
    };

    /// <summary>Builds the field over the concatenation of <paramref name="tables"/> (records in table order).</summary>
    public static PreparedField Build(FieldSettings settings, IReadOnlyList<LinkageTable> tables)
    {
        var total = 0;
        foreach (var t in tables)
        {
            total += t.Count;
        }
        var ids = new int[total];
        var capacity = 0;
        foreach (var t in tables)
        {
            capacity += t.Column(settings.SourceColumn)?.DistinctCount ?? 0;
        }
        var lookup = new Dictionary<string, int>(capacity, StringComparer.Ordinal);
        var values = new List<string>(capacity);
        var offset = 0;
        foreach (var table in tables)
        {
            var column = table.Column(settings.SourceColumn);
            if (column is null)
            {
                Array.Fill(ids, -1, offset, table.Count);
                offset += table.Count;
                continue;
            }
            // Normalise each distinct raw value once.
            var map = new int[column.DistinctCount];
            for (var v = 0; v < map.Length; v++)
            {
                var normalised = Normalise(settings.Type, column.Value(v));
                if (normalised is null)
                {
                    map[v] = -1;
                }
                else if (!lookup.TryGetValue(normalised, out map[v]))
                {
                    map[v] = values.Count;
                    lookup.Add(normalised, values.Count);
                    values.Add(normalised);
                }
            }
            var raw = column.Ids;
            for (var r = 0; r < raw.Length; r++)
            {
                ids[offset + r] = raw[r] < 0 ? -1 : map[raw[r]];
            }
            offset += table.Count;
        }
        var distinct = values.ToArray();
        var counts = new int[distinct.Length];
        foreach (var id in ids)
        {
            if (id >= 0)
            {
                counts[id]++;
            }
        }
        int[]? days = null;
        int[]? aux1 = null;
        int[]? aux2 = null;
        string[]? auxValues = null;
        double[]? numbers = null;
        int[]?[]? nick = null;
        switch (settings.Type)
        {
            case FieldType.Date:
                days = new int[distinct.Length];
                for (var v = 0; v < distinct.Length; v++)
                {
                    days[v] = DayNumber(distinct[v]);
                }
                break;
            case FieldType.Postcode:
            case FieldType.Email:
                aux1 = new int[distinct.Length];
                aux2 = new int[distinct.Length];
                var auxLookup = new Dictionary<string, int>(StringComparer.Ordinal);
                var auxList = new List<string>();
                for (var v = 0; v < distinct.Length; v++)
                {
                    var (a, b) = settings.Type == FieldType.Postcode ? PostcodeParts(distinct[v]) : EmailParts(distinct[v]);
                    aux1[v] = Intern(a, auxLookup, auxList);
                    aux2[v] = Intern(b, auxLookup, auxList);
                }
                auxValues = [.. auxList];
                break;
            case FieldType.Numeric:
                numbers = new double[distinct.Length];
                for (var v = 0; v < distinct.Length; v++)
                {
                    numbers[v] = double.TryParse(distinct[v], NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : double.NaN;
                }
                break;
            case FieldType.Name:
            case FieldType.Text:
                nick = new int[]?[distinct.Length];
                for (var v = 0; v < distinct.Length; v++)
                {
                    nick[v] = Nicknames.GroupsOf(distinct[v]);
                }
                break;
            default:
                break;
        }
        return new PreparedField
        {
            Ids = ids,
            Values = distinct,
            Counts = counts,
            Days = days,
            Aux1 = aux1,
            Aux2 = aux2,
            AuxValues = auxValues,
            Numbers = numbers,
            NickGroups = nick,
        };
    }

    /// <summary>UK postcode outward code and sector, or nulls when the value is not shaped like a UK postcode.</summary>
    public static (string? Outward, string? Sector) PostcodeParts(string postcode)
    {
        // Inward code is always digit + two letters; outward code is 2 to 4 characters starting with a letter.
        if (postcode.Length is < 5 or > 7)
        {
            return (null, null);
        }
        var inward = postcode.AsSpan(postcode.Length - 3);
        if (!char.IsAsciiDigit(inward[0]) || !char.IsAsciiLetter(inward[1]) || !char.IsAsciiLetter(inward[2]) || !char.IsAsciiLetter(postcode[0]))
        {
            return (null, null);
        }
        var outward = postcode[..^3];
        return (outward, string.Concat(outward, " ", inward[..1]));
    }

    public static (string? Local, string? Domain) EmailParts(string email)
    {
        var at = email.LastIndexOf('@');
        if (at <= 0 || at == email.Length - 1)
        {
            return (null, null);
        }
        return (email[..at], "@" + email[(at + 1)..]);
    }

    public static int DayNumber(string yyyymmdd)
    {
        if (yyyymmdd.Length != 8
            || !int.TryParse(yyyymmdd.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || !int.TryParse(yyyymmdd.AsSpan(4, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || !int.TryParse(yyyymmdd.AsSpan(6, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            || y < 1 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return int.MinValue;
        }
        return new DateOnly(y, m, d).DayNumber;
    }

    private static int Intern(string? s, Dictionary<string, int> lookup, List<string> list)
    {
        if (s is null)
        {
            return -1;
        }
        if (!lookup.TryGetValue(s, out var id))
        {
            id = list.Count;
            lookup.Add(s, id);
            list.Add(s);
        }
        return id;
    }
}
