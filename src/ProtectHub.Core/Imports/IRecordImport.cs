namespace ProtectHub.Core.Imports;

/// <summary>An import of one kind of record from a CSV or XLSX file into the acting user's region.</summary>
public interface IRecordImport
{
    /// <summary>The kind of record, lower case and plural, as used in addresses: "organisations", "contacts".</summary>
    string Kind { get; }

    IReadOnlyList<ImportField> Fields { get; }

    /// <summary>Validates and imports every row; <paramref name="onProgress"/> hears the number of rows done after each chunk.</summary>
    Task<ImportResult> RunAsync(ImportContext context, Func<int, Task>? onProgress = null, CancellationToken ct = default);
}
