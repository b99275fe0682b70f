namespace ProtectHub.Core.Audit;

/// <summary>
/// Collects the personal records materialised while tracking is on (a page handler, an export), so that one
/// "Viewed" audit entry per record can be written afterwards without each page having to remember it.
/// </summary>
public sealed class PersonalDataReadTracker
{
    // The records themselves: EF hands each one over as it creates it, before its values are set, so its key is read
    // when the entries are written.
    private readonly List<IPersonalData> _seen = [];

    public bool IsTracking { get; set; }

    /// <summary>
    /// Called, while tracking, when code that has just read personal records says so (<see cref="QueryEnded"/>): the
    /// page filter starts committing their entries then, alongside the rest of the handler's work. Said by the record
    /// loader and by projections (<see cref="SawAll"/>). A command interceptor saying it after every query was tried:
    /// it measured no better and put every query of every page through EF's interception, so it was not kept.
    /// </summary>
    public Action? QueryRead { get; set; }

    public void Saw(IPersonalData record)
    {
        if (IsTracking)
        {
            _seen.Add(record);
        }
    }

    /// <summary>Records read by a projection, which EF does not create through the tracker: seen as one query's result.</summary>
    public void SawAll(IEnumerable<IPersonalData> records)
    {
        foreach (var record in records)
        {
            Saw(record);
        }

        QueryEnded();
    }

    /// <summary>The records seen so far are all a query read: their entries may be written now.</summary>
    public void QueryEnded()
    {
        if (IsTracking && _seen.Count > 0)
        {
            QueryRead?.Invoke();
        }
    }

    /// <summary>Returns what was seen since the last call (each record once) and forgets it.</summary>
    public IReadOnlyList<(string Type, string Id, string? RegionCode)> Drain()
    {
        var list = _seen.Select(r => (Type: r.AuditRecordType, Id: r.AuditRecordId, RegionCode: (r as Access.IRegionOwned)?.RegionCode))
            .DistinctBy(r => (r.Type, r.Id)).ToList();
        _seen.Clear();
        return list;
    }
}
