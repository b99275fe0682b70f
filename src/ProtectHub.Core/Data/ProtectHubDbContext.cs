using System.Linq.Expressions;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Audit;
using ProtectHub.Core.Data.Providers;
using ProtectHub.Core.Regions;

namespace ProtectHub.Core.Data;

/// <summary>
/// The unit of work for all of ProtectHub. It does three things and no more: the model (each area's configurations,
/// plus the engine's details from <see cref="IDatabaseProvider"/>), the query filters every query gets without asking
/// (the acting user's region on every <see cref="IRegionOwned"/> entity, current records only on every
/// <see cref="IMergeable"/> one), and the audit (every change to an <see cref="IPersonalData"/> record writes a
/// hash-chained <see cref="AuditEntry"/> in the same transaction). What an area does when its records are saved is a
/// SaveChanges interceptor the area registers (see docs/architecture.md), never code here.
/// </summary>
public sealed class ProtectHubDbContext(
    DbContextOptions<ProtectHubDbContext> options,
    IDatabaseProvider provider,
    IActorScopeAccessor scopeAccessor,
    ActorScopeOverride scopeOverride,
    TimeProvider time,
    PersonalDataReadTracker readTracker,
    AuditChainKey chainKey)
    : IdentityUserContext<AppUser, Guid>(options), IDataProtectionKeyContext
{
    // One writer of the chain at a time in this process; the unique index on Sequence catches other processes.
    private static readonly SemaphoreSlim ChainLock = new(1, 1);

    public DbSet<Region> Regions => Set<Region>();
    public DbSet<Force> Forces => Set<Force>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<AuditCheckpoint> AuditCheckpoints => Set<AuditCheckpoint>();

    /// <summary>The web host's data-protection keys (cookies, anti-forgery), shared by every instance of the service.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public PersonalDataReadTracker ReadTracker => readTracker;

    /// <summary>The database engine's model details and query capabilities.</summary>
    public IDatabaseProvider Provider => provider;

    private readonly HashSet<Type> bulkWritten = [];

    /// <summary>
    /// Entity types written in this save outside the change tracker (by <see cref="IBulkWriter"/>), so that save
    /// reactions (interceptors) see bulk writes as they see tracked ones. Cleared when the save ends.
    /// </summary>
    public IReadOnlySet<Type> BulkWritten => bulkWritten;

    /// <summary>Tells the next save's reactions that rows of this type were written outside the change tracker.</summary>
    public void NoteBulkWritten(Type entityType) => bulkWritten.Add(entityType);

    /// <summary>The time from the injected clock, for stamps written as records are saved.</summary>
    public DateTimeOffset Now() => time.GetUtcNow();

    /// <summary>Who is acting: background work acting for a person (see <see cref="ActorScopeOverride"/>), or the request's user.</summary>
    public ActorScope Scope => scopeOverride.Scope ?? scopeAccessor.Current;

    /// <summary>
    /// When true (bulk imports), records added in one save are audited as "Collected" in entries of up to 90 records of
    /// a kind, each naming its records, rather than one entry a record: an import of 100,000 contacts then writes about
    /// 1,100 chained entries instead of 100,000, and audit search by record still finds each one.
    /// </summary>
    public bool GroupCollectedEntries { get; set; }

    /// <summary>
    /// When true (bulk re-scoring), records changed in one save are audited as "Altered" in entries of up to 90 records
    /// with the same changed fields, each naming its records, rather than one entry a record.
    /// </summary>
    public bool GroupAlteredEntries { get; set; }

    /// <summary>The reason the user gave for the change being saved, recorded on its audit entries.</summary>
    public string? AuditReason { get; set; }

    // Read by the query filters on every query; EF parameterises them because they are members of the context.
    private bool RestrictToRegion => Scope.RestrictToRegion;
    private string ScopeRegionCode => Scope.RegionCode;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        provider.ConfigureConventions(configurationBuilder);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<AppUser>().ToTable("users");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserClaim<Guid>>().ToTable("user_claims");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserLogin<Guid>>().ToTable("user_logins");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserToken<Guid>>().ToTable("user_tokens");
        builder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
        builder.ApplyConfigurationsFromAssembly(typeof(ProtectHubDbContext).Assembly);
        provider.ConfigureModel(builder);

        foreach (var entityType in builder.Model.GetEntityTypes())
        {
            if (typeof(IRegionOwned).IsAssignableFrom(entityType.ClrType) && entityType.BaseType is null)
            {
                builder.Entity(entityType.ClrType).HasQueryFilter(QueryFilters.Region, RegionFilter(entityType.ClrType));
            }

            if (typeof(IMergeable).IsAssignableFrom(entityType.ClrType) && entityType.BaseType is null)
            {
                builder.Entity(entityType.ClrType).HasQueryFilter(QueryFilters.NotMerged, NotMergedFilter(entityType.ClrType));
            }

            if (typeof(IVersioned).IsAssignableFrom(entityType.ClrType))
            {
                // A default in the database too, so that bulk writers (COPY) that do not name the column still insert.
                builder.Entity(entityType.ClrType).Property<long>(nameof(IVersioned.Version)).IsConcurrencyToken().HasDefaultValue(0L);
            }
        }
    }

    /// <summary>Builds <c>e =&gt; !RestrictToRegion || e.RegionCode == ScopeRegionCode</c> for an entity type.</summary>
    private LambdaExpression RegionFilter(Type clrType)
    {
        var e = Expression.Parameter(clrType, "e");
        var context = Expression.Constant(this);
        var restrict = Expression.Property(context, nameof(RestrictToRegion));
        var region = Expression.Property(context, nameof(ScopeRegionCode));
        var body = Expression.OrElse(
            Expression.Not(restrict),
            Expression.Equal(Expression.Property(e, nameof(IRegionOwned.RegionCode)), region));
        return Expression.Lambda(body, e);
    }

    /// <summary>Builds <c>e =&gt; e.MergedIntoId == null</c> for an entity type.</summary>
    private static LambdaExpression NotMergedFilter(Type clrType)
    {
        var e = Expression.Parameter(clrType, "e");
        var body = Expression.Equal(Expression.Property(e, nameof(IMergeable.MergedIntoId)), Expression.Constant(null, typeof(Guid?)));
        return Expression.Lambda(body, e);
    }

    /// <summary>
    /// Adds an audit entry to be chained and saved with the next <c>SaveChanges</c>. The actor is the current scope's,
    /// unless given: sign-in events happen before anyone is signed in, so they name the account concerned.
    /// </summary>
    public void Audit(AuditAction action, string? recordType = null, string? recordId = null, string? regionCode = null,
        string? details = null, string? reason = null, (Guid? Id, string Name)? actor = null, string? correlationId = null)
    {
        var scope = Scope;
        AuditEntries.Add(new AuditEntry
        {
            OccurredAt = AuditChain.Normalise(time.GetUtcNow()),
            ActorId = actor is { } a ? a.Id : scope.UserId,
            ActorName = actor is { } n ? n.Name : scope.ActorName,
            Action = action,
            RecordType = recordType,
            RecordId = recordId,
            RegionCode = regionCode,
            Details = details,
            Reason = reason ?? AuditReason,
            CorrelationId = correlationId ?? scope.CorrelationId,
        });
    }

    /// <summary>
    /// Audits many records of one kind in entries naming up to 90 each ("{label} {count}: id id ..."), for bulk work:
    /// Details hold 4,000 characters, and audit search by record still finds each one.
    /// </summary>
    public void AuditGrouped(AuditAction action, string recordType, string? regionCode, string label, IEnumerable<string> recordIds)
    {
        foreach (var chunk in recordIds.Chunk(90))
        {
            Audit(action, recordType, null, regionCode, $"{label} {chunk.Length}: {string.Join(' ', chunk)}");
        }
    }

    /// <summary>Audits records collected in bulk (imports) in grouped entries, by kind and region.</summary>
    public void AuditImported(IEnumerable<IPersonalData> records)
    {
        foreach (var group in records.GroupBy(r => (r.AuditRecordType, (r as IRegionOwned)?.RegionCode)))
        {
            AuditGrouped(AuditAction.Collected, group.Key.AuditRecordType, group.Key.RegionCode, "Imported", group.Select(r => r.AuditRecordId));
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        // The synchronous path (used by ASP.NET's data-protection key store) mirrors the asynchronous one step by step.
        var added = PrepareAuditEntries();
        try
        {
            if (added.Count == 0)
            {
                return base.SaveChanges(acceptAllChangesOnSuccess);
            }

            ChainLock.Wait();
            try
            {
                AuditCheckpoint? checkpoint = null;
                for (var attempt = 1; ; attempt++)
                {
                    checkpoint = Chain(added, LastLink(AuditEntries.AsNoTracking().OrderByDescending(a => a.Sequence)
                        .Select(a => new ChainLink(a.Sequence, a.Hash)).FirstOrDefault()), checkpoint);
                    try
                    {
                        var saved = base.SaveChanges(acceptAllChangesOnSuccess);
                        ForgetAppended(added, checkpoint, acceptAllChangesOnSuccess);
                        return saved;
                    }
                    catch (DbUpdateException) when (attempt < 3)
                    {
                        // Another process appended to the chain between our read and our write; chain again after it.
                    }
                }
            }
            finally
            {
                ChainLock.Release();
            }
        }
        finally
        {
            bulkWritten.Clear();
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var added = PrepareAuditEntries();
        try
        {
            if (added.Count == 0)
            {
                return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            }

            var locking = !holdingChainLock;
            if (locking)
            {
                await ChainLock.WaitAsync(cancellationToken);
            }

            try
            {
                AuditCheckpoint? checkpoint = null;
                for (var attempt = 1; ; attempt++)
                {
                    checkpoint = Chain(added, LastLink(await AuditEntries.AsNoTracking().OrderByDescending(a => a.Sequence)
                        .Select(a => new ChainLink(a.Sequence, a.Hash)).FirstOrDefaultAsync(cancellationToken)), checkpoint);
                    try
                    {
                        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
                        ForgetAppended(added, checkpoint, acceptAllChangesOnSuccess);
                        return saved;
                    }
                    catch (DbUpdateException) when (attempt < 3)
                    {
                        // Another process appended to the chain between our read and our write; chain again after it.
                    }
                }
            }
            finally
            {
                if (locking)
                {
                    ChainLock.Release();
                }
            }
        }
        finally
        {
            bulkWritten.Clear();
        }
    }

    private bool holdingChainLock;

    /// <summary>
    /// Saves into the open <paramref name="transaction"/> and commits it while this process's audit-chain lock is held.
    /// A save inside a longer transaction otherwise releases the lock before its entries are committed, and a second
    /// writer (another import lane, another request) then reads the same chain head, waits on the unique sequence and
    /// has to chain again: with the lock held to the commit, parallel writers take turns only for the append.
    /// </summary>
    public async Task<int> SaveChangesAndCommitAsync(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, CancellationToken ct = default)
    {
        await ChainLock.WaitAsync(ct);
        holdingChainLock = true;
        try
        {
            var saved = await SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return saved;
        }
        finally
        {
            holdingChainLock = false;
            ChainLock.Release();
        }
    }

    /// <summary>
    /// Stops tracking the audit entries and checkpoint just appended: the log is append-only, so they never change,
    /// and a context that saves many times (the outbox saves once a message) would otherwise check them all at every save.
    /// </summary>
    private void ForgetAppended(List<AuditEntry> added, AuditCheckpoint checkpoint, bool accepted)
    {
        if (!accepted || added.Count == 0)
        {
            return;
        }

        foreach (var entry in added)
        {
            Entry(entry).State = EntityState.Detached;
        }

        Entry(checkpoint).State = EntityState.Detached;
    }

    private sealed record ChainLink(long Sequence, string Hash);

    private static ChainLink LastLink(ChainLink? last) => last ?? new ChainLink(0, AuditChain.Genesis);

    /// <summary>Audits the personal data changed in this save and returns the audit entries to be chained.</summary>
    private List<AuditEntry> PrepareAuditEntries()
    {
        ChangeTracker.DetectChanges();
        AuditPersonalDataChanges();
        var pending = ChangeTracker.Entries<AuditEntry>().ToList();
        if (pending.Any(p => p.State is EntityState.Modified or EntityState.Deleted)
            || ChangeTracker.Entries<AuditCheckpoint>().Any(p => p.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("The audit log is append-only: audit entries and checkpoints cannot be changed or deleted.");
        }

        return pending.Where(p => p.State == EntityState.Added).Select(p => p.Entity).ToList();
    }

    /// <summary>
    /// Chains the new entries after the last one stored and signs the new head as a checkpoint, saved in the same
    /// transaction: a later deletion of these entries leaves it behind.
    /// </summary>
    private AuditCheckpoint Chain(List<AuditEntry> added, ChainLink last, AuditCheckpoint? checkpoint)
    {
        var sequence = last.Sequence;
        var previous = last.Hash;
        foreach (var entry in added)
        {
            entry.Sequence = ++sequence;
            entry.PreviousHash = previous;
            entry.Hash = AuditChain.Compute(entry, chainKey.Key);
            previous = entry.Hash;
        }

        var checkpointAt = AuditChain.Normalise(time.GetUtcNow());
        checkpoint ??= new AuditCheckpoint();
        checkpoint.Sequence = sequence;
        checkpoint.Hash = previous;
        checkpoint.CreatedAt = checkpointAt;
        checkpoint.Signature = AuditChain.Sign(chainKey, sequence, previous, checkpointAt);
        if (Entry(checkpoint).State == EntityState.Detached)
        {
            AuditCheckpoints.Add(checkpoint);
        }

        return checkpoint;
    }

    private void AuditPersonalDataChanges()
    {
        var changes = ChangeTracker.Entries()
            .Where(e => e.Entity is IPersonalData && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        if (GroupCollectedEntries)
        {
            var added = changes.Where(c => c.State == EntityState.Added).ToList();
            AuditImported(added.Select(c => (IPersonalData)c.Entity));

            changes = changes.Except(added).ToList();
        }

        if (GroupAlteredEntries)
        {
            var altered = changes.Where(c => c.State == EntityState.Modified).ToList();
            foreach (var group in altered.Select(c => (Record: (IPersonalData)c.Entity, Fields: ChangedFields(c))).Where(c => c.Fields.Length > 0)
                .GroupBy(c => (c.Record.AuditRecordType, (c.Record as IRegionOwned)?.RegionCode, c.Fields)))
            {
                AuditGrouped(AuditAction.Altered, group.Key.AuditRecordType, group.Key.RegionCode, $"Fields: {group.Key.Fields}. Records",
                    group.Select(c => c.Record.AuditRecordId));
            }

            changes = changes.Except(altered).ToList();
        }

        foreach (var change in changes)
        {
            var record = (IPersonalData)change.Entity;
            var action = change.State switch
            {
                EntityState.Added => AuditAction.Collected,
                EntityState.Deleted => AuditAction.Erased,
                _ => AuditAction.Altered,
            };
            // Field names only, never values: the audit log must not become a second copy of the personal data.
            var fields = change.State == EntityState.Modified ? ChangedFields(change) : null;
            if (fields == "")
            {
                continue; // Only bookkeeping changed (for example a concurrency stamp after sign-in).
            }

            Audit(action, record.AuditRecordType, record.AuditRecordId, (record as IRegionOwned)?.RegionCode, fields is null ? null : "Fields: " + fields);
        }
    }

    /// <summary>The names (never the values) of a changed record's modified fields, bookkeeping left out.</summary>
    private static string ChangedFields(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry change) =>
        string.Join(", ", change.Properties.Where(p => p.IsModified && !IsBookkeeping(p.Metadata.Name) && !((IPersonalData)change.Entity).IsBookkeeping(p.Metadata.Name))
            .Select(p => p.Metadata.Name).Order(StringComparer.Ordinal));

    private static bool IsBookkeeping(string property) => property is "ConcurrencyStamp" or "LastTotpTimeStep"
        or nameof(IVersioned.Version) or nameof(IVersioned.ChangedById) or nameof(IVersioned.ChangedAt)
        or "AccessFailedCount" or "LockoutEnd" or "SecurityStamp" or nameof(AppUser.LastSignedInAt);
}
