namespace ProtectHub.Core.Imports;

/// <summary>
/// Wakes this instance's import worker when an officer queues an import here, rather than waiting for its next look at
/// the database (where uploads queued on other instances are found).
/// </summary>
public sealed class ImportQueue : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0);

    /// <summary>An upload was queued here: the worker claims uploads from the database, oldest first; this only wakes it.</summary>
    public void Wake() => _signal.Release();

    /// <summary>Waits until an import is queued here or the interval passes.</summary>
    public async Task WaitAsync(TimeSpan interval, CancellationToken ct)
    {
        if (await _signal.WaitAsync(interval, ct))
        {
            while (_signal.CurrentCount > 0 && _signal.Wait(0, ct))
            {
                // Several imports queued at once need one look at the database, not one each.
            }
        }
    }

    public void Dispose() => _signal.Dispose();
}
