using Microsoft.EntityFrameworkCore;

namespace ProtectHub.Core.Data;

/// <summary>
/// Who changed a record and when, for the page that shows an edit conflict; and the record as it is now, when a save
/// lost the race to someone else's.
/// </summary>
public sealed class RecordChanges(ProtectHubDbContext db)
{
    /// <summary>Who saved the record's current version, and when.</summary>
    public async Task<(string By, DateTimeOffset? At)> WhoChangedAsync(IVersioned record) =>
        (record.ChangedById is { } id
            // Named whatever their region: a national administrator may have made the change.
            ? await db.Users.IgnoreQueryFilters().Where(u => u.Id == id).Select(u => u.DisplayName).FirstOrDefaultAsync() ?? "another user"
            : "ProtectHub itself (an import or a scheduled job)", record.ChangedAt);

    /// <summary>Who last changed an audited record, and when, from the audit log.</summary>
    public async Task<(string By, DateTimeOffset? At)> LastAlteredAsync(string recordType, string recordId)
    {
        var entry = await db.AuditEntries.AsNoTracking()
            .Where(e => e.RecordType == recordType && e.RecordId == recordId && e.Action == Audit.AuditAction.Altered)
            .OrderByDescending(e => e.Sequence).Select(e => new { e.ActorName, e.OccurredAt }).FirstOrDefaultAsync();
        return entry is null ? ("another user", null) : (entry.ActorName, entry.OccurredAt);
    }

    /// <summary>Reads the tracked record again from the database, dropping this request's unsaved changes.</summary>
    public Task ReloadAsync(object record) => db.Entry(record).ReloadAsync();
}
