using ProtectHub.Core.Audit;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Exports;

/// <summary>Exports a list and records the export in the audit log as a disclosure, in one step so none is missed.</summary>
public sealed class ListExporter(ProtectHubDbContext db, TimeProvider time)
{
    public sealed record ExportedFile(byte[] Content, string ContentType, string FileName);

    public async Task<ExportedFile> ExportAsync(string listName, string filterDescription, ExportFormat format,
        IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string?>> rows, CancellationToken ct = default)
    {
        using var buffer = new MemoryStream();
        await TabularExport.WriteAsync(buffer, format, headers, rows, ct);
        db.Audit(AuditAction.Disclosed, listName, null, db.Scope.RegionCode,
            $"Exported {rows.Count} rows as {format.ToString().ToUpperInvariant()}. Filters: {(string.IsNullOrWhiteSpace(filterDescription) ? "none" : filterDescription)}");
        await db.SaveChangesAsync(ct);
        var stamp = time.GetUtcNow().UtcDateTime.ToString("yyyyMMdd-HHmm", System.Globalization.CultureInfo.InvariantCulture);
        var name = listName.ToLowerInvariant().Replace(' ', '-');
        return new ExportedFile(buffer.ToArray(), TabularExport.ContentType(format), $"{name}-{stamp}.{TabularExport.Extension(format)}");
    }
}
