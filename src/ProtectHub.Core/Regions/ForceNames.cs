namespace ProtectHub.Core.Regions;

/// <summary>
/// Reads a force as people write it in a spreadsheet, the same way for every import: its code (NOTTS), its name
/// (Nottinghamshire Police), its name without "Police", "Constabulary" or "Service" (Nottinghamshire), or a common
/// short form (Notts, Northants, Leics, West Mids, GMP, the Met), in any case and spacing.
/// </summary>
public static class ForceNames
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["notts"] = "NOTTS",
        ["northants"] = "NORTHANTS",
        ["leics"] = "LEICESTERSHIRE",
        ["derbys"] = "DERBYSHIRE",
        ["lincs"] = "LINCOLNSHIRE",
        ["staffs"] = "STAFFORDSHIRE",
        ["warks"] = "WARWICKSHIRE",
        ["westmids"] = "WESTMIDS",
        ["wmp"] = "WESTMIDS",
        ["gmp"] = "GMP",
        ["greatermanchester"] = "GMP",
        ["northyorks"] = "NORTHYORKS",
        ["southyorks"] = "SOUTHYORKS",
        ["westyorks"] = "WESTYORKS",
        ["beds"] = "BEDFORDSHIRE",
        ["cambs"] = "CAMBRIDGESHIRE",
        ["herts"] = "HERTFORDSHIRE",
        ["hants"] = "HAMPSHIRE",
        ["tvp"] = "THAMESVALLEY",
        ["avonandsomerset"] = "AVONSOMERSET",
        ["devonandcornwall"] = "DEVONCORNWALL",
        ["glos"] = "GLOUCESTERSHIRE",
        ["wilts"] = "WILTSHIRE",
        ["dyfedpowys"] = "DYFEDPOWYS",
        ["met"] = "MET",
        ["mps"] = "MET",
        ["metropolitan"] = "MET",
        ["cityoflondon"] = "CITY",
    };

    private static readonly Dictionary<string, string> ByKey = Build();

    /// <summary>The force code <paramref name="text"/> names, if that force is in <paramref name="regionCode"/>; otherwise null.</summary>
    public static string? Find(string? text, string regionCode)
    {
        if (string.IsNullOrWhiteSpace(text) || !ByKey.TryGetValue(Key(text), out var code))
        {
            return null;
        }

        return PoliceReferenceData.IsForceOf(code, regionCode) ? code : null;
    }

    /// <summary>The message for a force an import could not read: import wording, not form wording.</summary>
    public static string NotInRegion(string text) => $"'{text}' is not a force area of your region";

    private static Dictionary<string, string> Build()
    {
        var keys = new Dictionary<string, string>(Aliases, StringComparer.Ordinal);
        foreach (var force in PoliceReferenceData.Forces)
        {
            keys.TryAdd(Key(force.Code), force.Code);
            keys.TryAdd(Key(force.Name), force.Code);
            keys.TryAdd(Key(Trim(force.Name)), force.Code);
        }

        return keys;
    }

    private static string Trim(string name)
    {
        foreach (var suffix in new[] { " Police Service", " Constabulary", " Police" })
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return name[..^suffix.Length];
            }
        }

        return name;
    }

    /// <summary>Lower-case letters only, and "police", "constabulary" or "service" at the end left off.</summary>
    private static string Key(string text)
    {
        var letters = new string([.. text.ToLowerInvariant().Where(char.IsAsciiLetterLower)]);
        foreach (var suffix in new[] { "policeservice", "constabulary", "police" })
        {
            if (letters.EndsWith(suffix, StringComparison.Ordinal) && letters.Length > suffix.Length)
            {
                return letters[..^suffix.Length];
            }
        }

        return letters;
    }
}
