namespace ProtectHub.Core.Audit;

/// <summary>The outcome of checking the audit hash chain.</summary>
public sealed record AuditVerification(bool IsIntact, long EntriesChecked, long? FirstBrokenSequence, string Message);
