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
}
