namespace ProtectHub.Core.Data;

/// <summary>
/// Which instance of the service runs a background job (retention, imports) for now. Several web instances share one
/// database; a job runs only where its lease is held, and the lease is renewed while the job runs, so when an instance
/// dies another takes the job over once the lease runs out (within a minute).
/// </summary>
public sealed class JobLease
{
    public string Name { get; set; } = "";

    /// <summary>The instance holding the lease (host name and process id).</summary>
    public string Holder { get; set; } = "";

    public DateTimeOffset ExpiresAt { get; set; }
}
