namespace ProtectHub.Linkage.Internals;

/// <summary>The functions a blocking key may apply to a field's normalised value.</summary>
internal enum BlockingFunction
{
    Value,
    First,
    Last,
    Soundex,
    Outward,
    Sector,
    Year,
    Domain,
    Local,
}

/// <summary>A parsed blocking key such as <c>first(surname,2)</c>.</summary>
internal readonly record struct BlockingKey(BlockingFunction Function, string Field, int Length)
{
    public static BlockingKey Parse(string text)
    {
        var s = text.Trim();
        var open = s.IndexOf('(', StringComparison.Ordinal);
        if (open < 0)
        {
            return new BlockingKey(BlockingFunction.Value, s, 0);
        }
        if (!s.EndsWith(')'))
        {
            throw new LinkageException($"Blocking key '{text}' is missing a closing bracket.");
        }
        var name = s[..open].Trim().ToLowerInvariant();
        var args = s[(open + 1)..^1].Split(',', StringSplitOptions.TrimEntries);
        var function = name switch
        {
            "first" => BlockingFunction.First,
            "last" => BlockingFunction.Last,
            "soundex" => BlockingFunction.Soundex,
            "outward" => BlockingFunction.Outward,
            "sector" => BlockingFunction.Sector,
            "year" => BlockingFunction.Year,
            "domain" => BlockingFunction.Domain,
            "local" => BlockingFunction.Local,
            _ => throw new LinkageException($"Blocking key '{text}' uses unknown function '{name}'."),
        };
        var length = 0;
        if (function is BlockingFunction.First or BlockingFunction.Last)
        {
            if (args.Length != 2 || !int.TryParse(args[1], out length) || length <= 0)
            {
                throw new LinkageException($"Blocking key '{text}' needs a field and a positive length, e.g. first(surname,2).");
            }
        }
        else if (args.Length != 1)
        {
            throw new LinkageException($"Blocking key '{text}' takes one field.");
        }
        return new BlockingKey(function, args[0], length);
    }

    /// <summary>The key text for a normalised value, or null when the value gives no key.</summary>
    public string? Derive(PreparedField field, int valueId)
    {
        var value = field.Values[valueId];
        switch (Function)
        {
            case BlockingFunction.Value:
                return value;
            case BlockingFunction.First:
                return value.Length <= Length ? value : value[..Length];
            case BlockingFunction.Last:
                return value.Length <= Length ? value : value[^Length..];
            case BlockingFunction.Soundex:
                var code = StringMetrics.Soundex(value);
                return code.Length == 0 ? null : code;
            case BlockingFunction.Outward:
            case BlockingFunction.Local:
                return field.Aux1 is null || field.Aux1[valueId] < 0 ? null : field.AuxValues![field.Aux1[valueId]];
            case BlockingFunction.Sector:
            case BlockingFunction.Domain:
                return field.Aux2 is null || field.Aux2[valueId] < 0 ? null : field.AuxValues![field.Aux2[valueId]];
            case BlockingFunction.Year:
                return value.Length >= 4 ? value[..4] : null;
            default:
                return null;
        }
    }
}
