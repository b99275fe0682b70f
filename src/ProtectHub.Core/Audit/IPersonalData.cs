namespace ProtectHub.Core.Audit;

/// <summary>
/// A record holding personal data (Data Protection Act 2018 Part 3). Creating, changing, erasing and reading it is
/// written to the audit log automatically by <see cref="Data.ProtectHubDbContext"/> and the read-audit page filter.
/// </summary>
public interface IPersonalData
{
    /// <summary>A stable, human-readable kind of record, such as "User" or "VictimReferral".</summary>
    string AuditRecordType { get; }

    string AuditRecordId { get; }

    /// <summary>
    /// Whether a property is the record's own bookkeeping (delivery state, counters), not personal data: changing only
    /// such properties writes no "Altered" entry. The record's feature audits what those changes mean itself.
    /// </summary>
    bool IsBookkeeping(string property) => false;
}
