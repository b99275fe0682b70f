namespace ProtectHub.Linkage;

/// <summary>One comparison level of a field. Levels are tried in order; the first that holds is the pair's level.</summary>
/// <param name="Kind">The test.</param>
/// <param name="Threshold">The test's parameter (similarity, distance, days, years, tolerance); ignored by tests without one.</param>
public readonly record struct ComparisonLevelSettings(ComparisonKind Kind, double Threshold = 0)
{
    /// <summary>A short description used in explanations, such as "Jaro-Winkler >= 0.92".</summary>
    public string Describe() => Kind switch
    {
        ComparisonKind.Exact => "exact match",
        ComparisonKind.JaroWinkler => $"Jaro-Winkler >= {Threshold:0.##}",
        ComparisonKind.DamerauLevenshtein => $"within {Threshold:0} edit(s)",
        ComparisonKind.Nickname => "nickname",
        ComparisonKind.Initials => "initial",
        ComparisonKind.Swapped => "swapped with another field",
        ComparisonKind.DayMonthTransposed => "day and month transposed",
        ComparisonKind.WithinDays => $"within {Threshold:0} days",
        ComparisonKind.WithinYears => $"within {Threshold:0.#} years",
        ComparisonKind.PostcodeSector => "same postcode sector",
        ComparisonKind.PostcodeOutward => "same outward code",
        ComparisonKind.EmailLocalPart => "same email local part",
        ComparisonKind.EmailDomain => "same email domain",
        ComparisonKind.NumericAbsolute => $"within {Threshold:0.##}",
        ComparisonKind.NumericPercent => $"within {Threshold:0.##}%",
        _ => Kind.ToString(),
    };
}
