namespace ProtectHub.Core.Imports;

/// <summary>Where an uploaded file is on its way: waiting for its columns, queued, running, finished or failed.</summary>
public enum ImportStatus
{
    Uploaded,
    Queued,
    Running,
    Finished,
    Failed,
}
