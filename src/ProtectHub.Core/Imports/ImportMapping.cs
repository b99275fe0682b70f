namespace ProtectHub.Core.Imports;

/// <summary>Matches a file's headers to the fields of an import.</summary>
public static class ImportMapping
{
    /// <summary>The column each field comes from, matched on the header names; fields without a match are absent.</summary>
    public static Dictionary<string, int> Suggest(IReadOnlyList<ImportField> fields, IReadOnlyList<string> headers)
    {
        var mapping = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < headers.Count; i++)
        {
            var key = Data.TextKey.Of(headers[i]);
            var field = fields.FirstOrDefault(f => f.Aliases.Contains(key));
            if (field is not null && !mapping.ContainsKey(field.Field))
            {
                mapping[field.Field] = i;
            }
        }

        return mapping;
    }
}
