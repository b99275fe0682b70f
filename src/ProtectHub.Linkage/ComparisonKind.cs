namespace ProtectHub.Linkage;

/// <summary>The test a comparison level applies to a pair of values.</summary>
public enum ComparisonKind
{
    /// <summary>Normalised values are equal.</summary>
    Exact,

    /// <summary>Jaro-Winkler similarity at least <see cref="ComparisonLevelSettings.Threshold"/> (0..1).</summary>
    JaroWinkler,

    /// <summary>Damerau-Levenshtein distance at most <see cref="ComparisonLevelSettings.Threshold"/> edits.</summary>
    DamerauLevenshtein,

    /// <summary>The two names are nicknames of each other (William/Bill) in the built-in table.</summary>
    Nickname,

    /// <summary>One value is a single initial that starts the other.</summary>
    Initials,

    /// <summary>
    /// Values swapped with the field named in <see cref="FieldSettings.SwapWith"/> (first and last name); with a
    /// threshold, each crossing may also be a Jaro-Winkler match at or above it or a nickname (swapped and misspelt).
    /// </summary>
    Swapped,

    /// <summary>Dates equal once day and month are swapped.</summary>
    DayMonthTransposed,

    /// <summary>Dates at most <see cref="ComparisonLevelSettings.Threshold"/> days apart.</summary>
    WithinDays,

    /// <summary>Dates at most <see cref="ComparisonLevelSettings.Threshold"/> years apart.</summary>
    WithinYears,

    /// <summary>UK postcodes share the sector (outward code and first inward digit).</summary>
    PostcodeSector,

    /// <summary>UK postcodes share the outward code.</summary>
    PostcodeOutward,

    /// <summary>Email addresses share the local part (before the @).</summary>
    EmailLocalPart,

    /// <summary>Email addresses share the domain.</summary>
    EmailDomain,

    /// <summary>Numbers differ by at most <see cref="ComparisonLevelSettings.Threshold"/>.</summary>
    NumericAbsolute,

    /// <summary>Numbers differ by at most <see cref="ComparisonLevelSettings.Threshold"/> percent of the larger.</summary>
    NumericPercent,
}
