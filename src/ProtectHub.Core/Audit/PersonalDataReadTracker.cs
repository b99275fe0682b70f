namespace ProtectHub.Core.Audit;

/// <summary>
/// Collects the personal records materialised while tracking is on (a page handler, an export), so that one
/// "Viewed" audit entry per record can be written afterwards without each page having to remember it.
/// </summary>
public sealed class PersonalDataReadTracker
{
    private readonly Dictionary<(string Type, string Id), string?> _seen = [];

    public bool IsTracking { get; set; }

    public void Saw(IPersonalData record)
    {
        if (IsTracking)
        {
            _seen.TryAdd((record.AuditRecordType, record.AuditRecordId), (record as Access.IRegionOwned)?.RegionCode);
        }
    }

    /// <summary>Returns what was seen since the last call and forgets it.</summary>
    public IReadOnlyList<(string Type, string Id, string? RegionCode)> Drain()
    {
        var list = _seen.Select(kv => (kv.Key.Type, kv.Key.Id, kv.Value)).ToList();
        _seen.Clear();
        return list;
    }
}
