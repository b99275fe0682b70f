using System.Linq.Expressions;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using ProtectHub.Core.Access;
using ProtectHub.Core.Audit;
using ProtectHub.Core.Regions;

namespace ProtectHub.Core.Data;

/// <summary>
/// The unit of work for all of ProtectHub. It enforces two things centrally so that no feature has to remember them:
/// region scoping (a query filter on every <see cref="IRegionOwned"/> entity) and auditing (every change to an
/// <see cref="IPersonalData"/> record writes a hash-chained <see cref="AuditEntry"/> in the same transaction).
/// </summary>
public sealed class ProtectHubDbContext(
    DbContextOptions<ProtectHubDbContext> options,
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
        // SQLite keeps DateTimeOffset as text, which it can neither order nor compare reliably; as UTC ticks it can, to
        // the full 100 ns precision (EF's own binary converter would cut it to 0.1 ms and break the audit hashes).
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        }
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
        if (Database.IsNpgsql())
        {
            // Byte order, so that "words starting with" is a range of the index whatever the database's locale.
            builder.Entity<Partners.ContactSearchWord>().Property(w => w.Word).UseCollation("C");
        }
        else if (Database.IsSqlite())
        {
            // SQLite cannot add a stored generated column to a table that exists; a virtual one serves its small data.
            builder.Entity<Engagements.Engagement>().Property(e => e.SearchTitle).HasComputedColumnSql("lower(\"Title\")", stored: false);
        }

        foreach (var entityType in builder.Model.GetEntityTypes())
        {
            if (typeof(IRegionOwned).IsAssignableFrom(entityType.ClrType) && entityType.BaseType is null)
            {
                builder.Entity(entityType.ClrType).HasQueryFilter(RegionFilter(entityType.ClrType));
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

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        if (Database.IsSqlite())
        {
            await Partners.ContactSearchWord.SyncAsync(this, cancellationToken);
        }

        AuditPersonalDataChanges();
        var pending = ChangeTracker.Entries<AuditEntry>().ToList();
        if (pending.Any(p => p.State is EntityState.Modified or EntityState.Deleted)
            || ChangeTracker.Entries<AuditCheckpoint>().Any(p => p.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("The audit log is append-only: audit entries and checkpoints cannot be changed or deleted.");
        }

        var added = pending.Where(p => p.State == EntityState.Added).Select(p => p.Entity).ToList();
        if (added.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        await ChainLock.WaitAsync(cancellationToken);
        try
        {
            AuditCheckpoint? pendingCheckpoint = null;
            for (var attempt = 1; ; attempt++)
            {
                var last = await AuditEntries.AsNoTracking().OrderByDescending(a => a.Sequence)
                    .Select(a => new { a.Sequence, a.Hash }).FirstOrDefaultAsync(cancellationToken);
                var sequence = last?.Sequence ?? 0;
                var previous = last?.Hash ?? AuditChain.Genesis;
                foreach (var entry in added)
                {
                    entry.Sequence = ++sequence;
                    entry.PreviousHash = previous;
                    entry.Hash = AuditChain.Compute(entry, chainKey.Key);
                    previous = entry.Hash;
                }

                // The new head, signed, in the same transaction: a later deletion of these entries leaves it behind.
                var checkpointAt = AuditChain.Normalise(time.GetUtcNow());
                var checkpoint = pendingCheckpoint ??= new AuditCheckpoint();
                checkpoint.Sequence = sequence;
                checkpoint.Hash = previous;
                checkpoint.CreatedAt = checkpointAt;
                checkpoint.Signature = AuditChain.Sign(chainKey, sequence, previous, checkpointAt);
                if (Entry(checkpoint).State == EntityState.Detached)
                {
                    AuditCheckpoints.Add(checkpoint);
                }

                try
                {
                    return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
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
        string.Join(", ", change.Properties.Where(p => p.IsModified && !IsBookkeeping(p.Metadata.Name))
            .Select(p => p.Metadata.Name).Order(StringComparer.Ordinal));

    /// <summary>Stores a DateTimeOffset as its UTC ticks; ProtectHub only ever writes UTC times.</summary>
    private sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));

    private static bool IsBookkeeping(string property) => property is "ConcurrencyStamp" or "LastTotpTimeStep"
        or nameof(IVersioned.Version) or nameof(IVersioned.ChangedById) or nameof(IVersioned.ChangedAt)
        or "AccessFailedCount" or "LockoutEnd" or "SecurityStamp";
}
