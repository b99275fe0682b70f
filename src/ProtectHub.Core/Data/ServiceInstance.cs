namespace ProtectHub.Core.Data;

/// <summary>This running instance of the service, as it names itself in leases: host, process and a random part.</summary>
public sealed class ServiceInstance
{
    public string Name { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";
}
