namespace ProtectHub.Core.Performance;

/// <summary>
/// A field of a metric source. Categories are compared and grouped by their stored text (enum names, Yes/No, force
/// codes); numbers are added up. Numbers with <see cref="HasMedian"/> are also grouped by value (small whole numbers), which gives their exact median.
/// </summary>
public sealed record MetricField(string Name, string Label, MetricFieldKind Kind, bool HasMedian = false)
{
    public static MetricField Category(string name, string label) => new(name, label, MetricFieldKind.Category);

    public static MetricField Number(string name, string label, bool median = false) => new(name, label, MetricFieldKind.Number, median);
}

/// <summary>
/// One group of records with the same category values: how many there are and, per number field, the total and how
/// many records had a value. Every figure of a return is computed from these groups, so each source is read once.
/// </summary>
public sealed record FactGroup(IReadOnlyDictionary<string, string> Keys, long Count, IReadOnlyDictionary<string, (double Sum, long Count)> Numbers)
{
    public string Key(string field) => Keys.TryGetValue(field, out var value) ? value : "";

    /// <summary>The text a category value is stored and compared as.</summary>
    public static string Text(object? value) => value switch
    {
        null => "",
        bool b => b ? "Yes" : "No",
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
