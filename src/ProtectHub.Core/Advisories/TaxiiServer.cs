using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using ProtectHub.Core.Audit;
using ProtectHub.Core.Data;
using ProtectHub.Core.Partners;
using ProtectHub.Core.Sharing;

namespace ProtectHub.Core.Advisories;

/// <summary>
/// What the read-only TAXII 2.1 server (<c>/taxii2/</c>) gives a partner's key: one API root per region, and in it the
/// collections the key's organisation may read by the TLP rules. TLP:CLEAR to every key; TLP:GREEN to members of the
/// region's information-sharing community; TLP:AMBER and AMBER+STRICT only the advisories that were sent to the
/// organisation's own people; TLP:RED never (it goes to named people only). An advisory's objects are those of its
/// STIX export (<see cref="StixExport"/>), added to the collection when it was issued and again, revoked, when it was
/// withdrawn. Pages are in the order objects were added, with an opaque <c>next</c> to carry on from.
/// </summary>
public sealed class TaxiiServer(ProtectHubDbContext db, PartnerLinks links, TimeProvider time, ReadAuditWriter audit, TaxiiObjectCache cache)
{
    public const string MediaType = "application/taxii+json;version=2.1";
    public const string StixMediaType = "application/stix+json;version=2.1";

    /// <summary>Most objects in one page (a client asking for more gets this many).</summary>
    public const int MaxPage = 1000;

    public sealed record Collection(string Id, string Key, string Title, string Description, IReadOnlyList<TlpMarking> Markings);

    /// <summary>One STIX object as a collection serves it: serialised once, with what a manifest says of it.</summary>
    public sealed record StixObject(string Id, string Type, string? Version, string Json);

    /// <summary>One page of a collection: objects with when each was added, and where to carry on if there is more.</summary>
    public sealed record Page(IReadOnlyList<(StixObject Object, DateTimeOffset AddedAt)> Objects, string? Next);

    private static readonly (string Key, string Title, string Description, TlpMarking[] Markings)[] Kinds =
    [
        ("tlp-clear", "TLP:CLEAR advisories", "Advisories that may be shared without restriction.", [TlpMarking.Clear]),
        ("tlp-green", "TLP:GREEN advisories for the information-sharing community", "Advisories for the members of the region's information-sharing community: share within your community, not publicly.", [TlpMarking.Green]),
        ("tlp-amber", "TLP:AMBER advisories sent to your organisation", "TLP:AMBER and TLP:AMBER+STRICT advisories that were sent to people of your organisation: share only as their marking allows.", [TlpMarking.Amber, TlpMarking.AmberStrict]),
    ];

    public static string CollectionId(string regionCode, string key) => StixExport.Uuid($"taxii|{regionCode}|{key}").ToString();

    /// <summary>The live key (or null: unknown, revoked, or not a TAXII key).</summary>
    public Task<PartnerLink?> KeyAsync(string? key) => string.IsNullOrEmpty(key) ? Task.FromResult<PartnerLink?>(null) : links.FindAsync(PartnerLinkPurpose.Taxii, key);

    /// <summary>The collections the key's organisation may read.</summary>
    public async Task<IReadOnlyList<Collection>> CollectionsAsync(PartnerLink key, CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(Time.UkTime.ToLocal(time.GetUtcNow()));
        var member = await db.Set<Membership>().IgnoreQueryFilters([QueryFilters.Region])
            .AnyAsync(m => m.OrganisationId == key.OrganisationId && m.Kind == MembershipKind.InformationSharingCommunity && m.StartedOn <= today
                && (m.EndedOn == null || m.EndedOn >= today) && (m.ExpiresOn == null || m.ExpiresOn >= today), ct);
        return Kinds.Where(k => k.Key != "tlp-green" || member)
            .Select(k => new Collection(CollectionId(key.RegionCode, k.Key), k.Key, k.Title, k.Description, k.Markings)).ToList();
    }

    /// <summary>
    /// A page of the collection's objects added after <paramref name="addedAfter"/>, from <paramref name="next"/> if
    /// given, at most <paramref name="limit"/> (and <see cref="MaxPage"/>); only the types in <paramref name="types"/> if any.
    /// </summary>
    public async Task<Page?> ObjectsAsync(PartnerLink key, Collection collection, DateTimeOffset? addedAfter, int? limit, string? next,
        IReadOnlyCollection<string> types, CancellationToken ct = default)
    {
        var take = Math.Clamp(limit ?? MaxPage, 1, MaxPage);
        Position? from = null;
        if (next is not null && (from = Position.Parse(next)) is null)
        {
            return null;
        }

        var advisories = Advisories(key, collection);
        if (addedAfter is { } after)
        {
            advisories = advisories.Where(a => (a.WithdrawnAt ?? a.IssuedAt) > after);
        }

        // From the page's position: advisories added at the same moment before it (in id order, which only the
        // database knows) are passed over until it is reached.
        var reached = from is null;
        if (from is { } start)
        {
            advisories = advisories.Where(a => (a.WithdrawnAt ?? a.IssuedAt) >= start.AddedAt);
        }

        var found = new List<(StixObject, DateTimeOffset)>();
        var batchSize = 50;
        var skip = 0;
        while (found.Count <= take)
        {
            var batch = await advisories.OrderBy(a => a.WithdrawnAt ?? a.IssuedAt).ThenBy(a => a.Id).Skip(skip).Take(batchSize).ToListAsync(ct);
            if (batch.Count == 0)
            {
                break;
            }

            skip += batch.Count;
            // Issued advisories do not change (a withdrawal is a new version): their objects are built once and kept.
            // Looked up once: an entry the cache drops meanwhile must not be rebuilt without its indicators.
            var cached = batch.ToDictionary(a => a.Id, cache.Find);
            var ids = cached.Where(c => c.Value is null).Select(c => c.Key).ToList();
            var indicators = ids.Count == 0 ? Enumerable.Empty<AdvisoryIndicator>().ToLookup(i => i.AdvisoryId)
                : (await db.Set<AdvisoryIndicator>().IgnoreQueryFilters([QueryFilters.Region]).AsNoTracking()
                    .Where(i => ids.Contains(i.AdvisoryId)).OrderBy(i => i.Id).ToListAsync(ct)).ToLookup(i => i.AdvisoryId);
            foreach (var advisory in batch)
            {
                var addedAt = advisory.WithdrawnAt ?? advisory.IssuedAt!.Value;
                var first = 0;
                if (!reached && from is { } f)
                {
                    if (addedAt == f.AddedAt && advisory.Id != f.AdvisoryId)
                    {
                        continue;
                    }

                    (reached, first) = (true, advisory.Id == f.AdvisoryId ? f.Index : 0);
                }

                var objects = cached[advisory.Id] ?? cache.Keep(advisory, ObjectsOf(advisory, [.. indicators[advisory.Id]]));
                for (var i = first; i < objects.Count; i++)
                {
                    if (types.Count > 0 && !types.Contains(objects[i].Type))
                    {
                        continue;
                    }

                    if (found.Count == take)
                    {
                        return new Page(found, new Position(addedAt, advisory.Id, i).ToString());
                    }

                    found.Add((objects[i], addedAt));
                }
            }

            batchSize = Math.Min(batchSize * 2, 500);
        }

        return new Page(found, null);
    }

    /// <summary>
    /// Notes the key's use and, when objects went out, the disclosure to the organisation. The disclosure is committed
    /// before the page is sent, with other clients' pages of the same moment (<see cref="ReadAuditWriter"/>): sixteen
    /// platforms polling at once no longer queue behind each other's audit commits.
    /// </summary>
    public async Task RecordUseAsync(PartnerLink key, Collection collection, int objects, CancellationToken ct = default)
    {
        await links.CountUseAsync(key);
        await db.SaveChangesAsync(ct);
        if (objects > 0)
        {
            await audit.WriteAsync([new ReadAuditWriter.Entry(db.Scope, "PartnerLink", key.Id.ToString(), key.RegionCode,
                $"TAXII: {objects} STIX objects of the collection '{collection.Title}' to {key.OrganisationName}", AuditAction.Disclosed)]);
        }
    }

    /// <summary>The advisories whose objects are in the collection for this key.</summary>
    private IQueryable<Advisory> Advisories(PartnerLink key, Collection collection)
    {
        var markings = collection.Markings.Select(m => (TlpMarking?)m).ToList();
        var advisories = db.Set<Advisory>().IgnoreQueryFilters([QueryFilters.Region]).AsNoTracking()
            .Where(a => a.RegionCode == key.RegionCode && a.IssuedAt != null && (a.Status == AdvisoryStatus.Issued || a.Status == AdvisoryStatus.Withdrawn)
                && markings.Contains(a.Tlp));
        if (collection.Key == "tlp-amber")
        {
            // Only what was sent to the organisation's own people, and has gone.
            var messages = db.Set<AdvisoryMessage>().IgnoreQueryFilters([QueryFilters.Region]);
            advisories = advisories.Where(a => messages.Any(m => m.AdvisoryId == a.Id && m.OrganisationId == key.OrganisationId
                && (m.Kind == MessageKind.Issue || m.Kind == MessageKind.Update) && m.Status == MessageStatus.Sent));
        }

        return advisories;
    }

    /// <summary>The advisory's STIX objects as exported; a withdrawn advisory's report and indicators revoked, as of its withdrawal.</summary>
    public static List<StixObject> ObjectsOf(Advisory advisory, IReadOnlyList<AdvisoryIndicator> indicators)
    {
        var array = StixExport.Bundle(advisory, indicators)["objects"]!.AsArray();
        var objects = array.Select(o => o!.AsObject()).ToList();
        array.Clear(); // Detached (without copying), so each can be written on its own.
        if (advisory.WithdrawnAt is { } withdrawn)
        {
            var at = Timestamp(withdrawn);
            foreach (var stix in objects.Where(o => o["type"]!.GetValue<string>() != "identity"))
            {
                stix["modified"] = at;
                stix["revoked"] = true;
            }
        }

        return objects.Select(o => new StixObject(o["id"]!.GetValue<string>(), o["type"]!.GetValue<string>(),
            o["modified"]?.GetValue<string>() ?? o["created"]?.GetValue<string>(), o.ToJsonString())).ToList();
    }

    public static string Timestamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Where a page stopped: the advisory (by when it was added and its id) and the object within it.</summary>
    private readonly record struct Position(DateTimeOffset AddedAt, Guid AdvisoryId, int Index)
    {
        public override string ToString() =>
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{AddedAt.UtcTicks}|{AdvisoryId:N}|{Index}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        public static Position? Parse(string text)
        {
            try
            {
                var padded = text.Replace('-', '+').Replace('_', '/');
                padded += new string('=', (4 - padded.Length % 4) % 4);
                var parts = Encoding.UTF8.GetString(Convert.FromBase64String(padded)).Split('|');
                return parts.Length == 3 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                    && Guid.TryParseExact(parts[1], "N", out var id) && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                    && ticks is > 0 and < 3_155_378_975_999_999_999
                    ? new Position(new DateTimeOffset(ticks, TimeSpan.Zero), id, index)
                    : null;
            }
            catch (FormatException)
            {
                return null;
            }
        }
    }
}

/// <summary>
/// The STIX objects of issued advisories, built and serialised once per advisory version and kept in memory (at most
/// <see cref="MaxObjects"/>, the least used dropped first): a TAXII client paging through 100,000 indicators then costs
/// the database's reads, not 1,000 objects built and hashed anew for every page.
/// </summary>
public sealed class TaxiiObjectCache : IDisposable
{
    public const int MaxObjects = 200_000;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = MaxObjects });

    public IReadOnlyList<TaxiiServer.StixObject>? Find(Advisory advisory) =>
        _cache.TryGetValue((advisory.Id, advisory.Version, advisory.WithdrawnAt), out IReadOnlyList<TaxiiServer.StixObject>? objects) ? objects : null;

    public IReadOnlyList<TaxiiServer.StixObject> Keep(Advisory advisory, IReadOnlyList<TaxiiServer.StixObject> objects)
    {
        using var entry = _cache.CreateEntry((advisory.Id, advisory.Version, advisory.WithdrawnAt));
        entry.Value = objects;
        entry.Size = Math.Max(1, objects.Count);
        entry.SlidingExpiration = TimeSpan.FromHours(1);
        return objects;
    }

    public void Dispose() => _cache.Dispose();
}
