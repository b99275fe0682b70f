namespace ProtectHub.Core.Backups;

/// <summary>A backup or restore that could not be made, with the reason in words an operator can act on.</summary>
public sealed class BackupException(string message) : Exception(message);
