namespace ProtectHub.Linkage;

/// <summary>How many pairs a blocking rule produced.</summary>
/// <param name="Rule">The rule's label.</param>
/// <param name="Pairs">Pairs the rule generates on its own.</param>
public readonly record struct BlockingRuleCount(string Rule, long Pairs);
