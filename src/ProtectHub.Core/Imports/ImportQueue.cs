using System.Threading.Channels;

namespace ProtectHub.Core.Imports;

/// <summary>Uploads waiting for the background import worker, in the order they were queued.</summary>
public sealed class ImportQueue
{
    private readonly Channel<Guid> _channel = Channel.CreateUnbounded<Guid>(new UnboundedChannelOptions { SingleReader = true });

    public void Enqueue(Guid uploadId) => _channel.Writer.TryWrite(uploadId);

    public IAsyncEnumerable<Guid> ReadAllAsync(CancellationToken ct) => _channel.Reader.ReadAllAsync(ct);
}
