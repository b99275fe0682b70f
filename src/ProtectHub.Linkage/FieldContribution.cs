namespace ProtectHub.Linkage;

/// <summary>One step of a pair's match-weight waterfall.</summary>
/// <param name="Field">The field name.</param>
/// <param name="LeftValue">The left record's normalised value, or null when missing.</param>
/// <param name="RightValue">The right record's normalised value, or null when missing.</param>
/// <param name="Level">The comparison level that applied ("missing" when either value is missing).</param>
/// <param name="MatchWeight">Bits of evidence for (positive) or against (negative) a match, including term frequency.</param>
/// <param name="TermFrequencyAdjustment">The part of <paramref name="MatchWeight"/> due to how rare the value is.</param>
/// <param name="Text">The step in words, such as "surname: exact match on a rare value, +12.3".</param>
public readonly record struct FieldContribution(
    string Field, string? LeftValue, string? RightValue, string Level, double MatchWeight, double TermFrequencyAdjustment, string Text);
