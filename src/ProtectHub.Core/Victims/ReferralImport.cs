using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProtectHub.Core.Access;
using ProtectHub.Core.Audit;
using ProtectHub.Core.Data;
using ProtectHub.Core.Data.Providers;
using ProtectHub.Core.Imports;
using ProtectHub.Core.Partners;
using ProtectHub.Core.Time;

namespace ProtectHub.Core.Victims;

/// <summary>
/// Imports a batch of victim referrals from the national reporting service into the acting user's region. The crime
/// reference is the key: a reference already held with the same details changes nothing, one with changed details
/// updates the record (the audit log records which fields changed), a new one is triaged and queued with its first-
/// contact due date. Rows are saved in chunks, each with its ledger entry in the same transaction, so an import cut
/// short can be run again and ends with exactly the right rows, none partial and none twice. Afterwards new referrals
/// are linked to earlier ones of the same victim.
/// </summary>
public sealed partial class ReferralImport(ProtectHubDbContext db, RepeatVictims repeatVictims, TimeProvider time, IBulkWriter writer, IServiceScopeFactory scopes)
    : IRecordImport
{
    public const int ChunkSize = 1000;

    public static IReadOnlyList<ImportField> AllFields { get; } =
    [
        new("CrimeReference", "Crime reference", true, ["crimereference", "crimeref", "reference", "ref", "nfrcreference", "crimereferencenumber", "referencenumber", "crn"]),
        new("ReportedOn", "Date reported", true, ["datereported", "reportedon", "reporteddate", "reportdate", "reported", "datereceived"]),
        new("OffenceOn", "Date of offence", false, ["dateofoffence", "offencedate", "offenceon", "dateofcrime", "incidentdate"]),
        new("VictimType", "Victim type", false, ["victimtype", "type", "individualororganisation"]),
        new("FullName", "Name", false, ["name", "fullname", "victimname", "contactname", "victim"]),
        new("OrganisationName", "Organisation name", false, ["organisation", "organisationname", "organization", "organizationname", "company", "business", "businessname"]),
        new("DateOfBirth", "Date of birth", false, ["dateofbirth", "dob", "birthdate"]),
        new("Email", "Email address", false, ["email", "emailaddress", "victimemail"]),
        new("Phone", "Telephone", false, ["phone", "telephone", "tel", "phonenumber", "mobile", "telephonenumber", "contactnumber"]),
        new("AddressLine1", "Address", false, ["address", "address1", "addressline1", "street"]),
        new("Town", "Town or city", false, ["town", "city", "townorcity"]),
        new("Postcode", "Postcode", false, ["postcode", "postalcode"]),
        new("ForceCode", "Force area", true, ["force", "forcearea", "forcecode", "policeforce"]),
        new("OffenceCategory", "Offence category", true, ["offencecategory", "offence", "category", "crimetype", "fraudtype", "offencetype"]),
        new("AmountLost", "Amount lost", false, ["amountlost", "loss", "amount", "lossamount", "totalloss"]),
        new("Summary", "Summary", false, ["summary", "description", "details", "modusoperandi", "mo"]),
        new("Vulnerability", "Vulnerability flags", false, ["vulnerability", "vulnerabilityflags", "vulnerable", "flags"]),
    ];

    public string Kind => "referrals";

    /// <summary>Where the last run's time went: reading and checking rows, saving chunks (the inserts), linking.</summary>
    public (TimeSpan Checking, TimeSpan Saving, TimeSpan Linking) LastRunTimings { get; private set; }

    public IReadOnlyList<ImportField> Fields => AllFields;

    [GeneratedRegex("^[A-Z]{2,6}[0-9]{6,14}$")]
    private static partial Regex ReferencePattern();

    public async Task<ImportResult> RunAsync(ImportContext context, Func<int, Task>? onProgress = null, CancellationToken ct = default)
    {
        var region = db.Scope.RegionCode;
        var rules = await db.Set<ReferralRules>().AsNoTracking().FirstOrDefaultAsync(r => r.RegionCode == region, ct) ?? ReferralRules.DefaultFor(region);
        var ledger = await db.Set<ImportChunk>().AsNoTracking().Where(c => c.UploadId == context.UploadId).ToDictionaryAsync(c => c.Number, ct);
        var today = time.UkToday();

        var errors = new List<RowError>();
        var invalid = new List<(TabularFile.Row Row, string Reasons)>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        int imported = 0, updated = 0, held = 0;
        var rows = context.File.Rows;
        var total = System.Diagnostics.Stopwatch.StartNew();

        // 1. Check every row, and sort each chunk's referrals into new, changed and already held. Once there is a new
        // referral of an individual to link, the earlier referrals are read alongside (see RepeatVictims.StartReadingEarlier).
        await Stage(context, "Checking rows");
        var plans = new List<ChunkPlan>();
        using var stopReading = CancellationTokenSource.CreateLinkedTokenSource(ct);
        Task<List<RepeatVictims.Person>>? earlier = null;
        try
        {
            for (var start = 0; start < rows.Count; start += ChunkSize)
            {
                ct.ThrowIfCancellationRequested();
                var chunk = new List<(ImportRow Row, VictimReferral Referral)>(ChunkSize);
                foreach (var fileRow in rows.Skip(start).Take(ChunkSize))
                {
                    var row = new ImportRow(fileRow, context.Mapping, Fields);
                    if (fileRow.Cells.Count != context.File.Headers.Count)
                    {
                        row.Errors.Add(new RowError(row.Number, "Row", $"Row has {fileRow.Cells.Count} values but the header has {context.File.Headers.Count} columns"));
                    }
                    else if (Parse(row, region, today) is { } referral && row.Errors.Count == 0)
                    {
                        if (seen.TryGetValue(referral.CrimeReference, out var firstRow))
                        {
                            row.Error("CrimeReference", $"Crime reference {referral.CrimeReference} is also on row {firstRow} of this file");
                        }
                        else
                        {
                            seen[referral.CrimeReference] = row.Number;
                            chunk.Add((row, referral));
                        }
                    }

                    if (row.Errors.Count > 0)
                    {
                        errors.AddRange(row.Errors);
                        invalid.Add((fileRow, string.Join("; ", row.Errors.Select(e => $"{e.Field}: {e.Message}"))));
                    }
                }

                var number = start / ChunkSize;
                if (ledger.TryGetValue(number, out var saved))
                {
                    // Saved by an earlier run of this import: count it, do not write it again.
                    (imported, updated, held) = (imported + saved.Imported, updated + saved.Updated, held + saved.AlreadyHeld);
                }
                else
                {
                    var plan = await PlanChunkAsync(context.UploadId, number, Math.Min(ChunkSize, rows.Count - start), chunk, rules, errors, invalid, ct);
                    plans.Add(plan);
                    if (earlier is null && plan.Added.Any(RepeatVictims.IsIndividual))
                    {
                        earlier = repeatVictims.StartReadingEarlier(context.UploadId, stopReading.Token);
                    }
                }

                await (onProgress?.Invoke(Math.Min(start + ChunkSize, rows.Count)) ?? Task.CompletedTask);
            }
        }
        catch
        {
            // Not left reading millions of rows for an import that stopped.
            await stopReading.CancelAsync();
            await (earlier?.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default) ?? Task.CompletedTask);
            throw;
        }

        // 2. Link new referrals to earlier ones before they are saved, so that they are saved with their priority.
        var checking = total.Elapsed;
        await Stage(context, "Looking for repeat victims among earlier referrals");
        var links = await repeatVictims.FindImportLinksAsync(context.UploadId, plans.SelectMany(p => p.Added).ToList(), rules, earlier, ct);
        var linking = total.Elapsed - checking;

        // 3. Save chunk by chunk, each with its ledger entry, then the links.
        await Stage(context, "Saving referrals");
        var done = rows.Count - plans.Sum(p => p.Rows); // Rows of chunks an interrupted run saved count as saved.
        await (onProgress?.Invoke(done) ?? Task.CompletedTask);
        await SaveChunksAsync(context.UploadId, plans, rules, saved =>
        {
            done += saved.Rows;
            return onProgress?.Invoke(done) ?? Task.CompletedTask;
        }, ct);
        foreach (var plan in plans)
        {
            (imported, updated, held) = (imported + plan.Added.Count, updated + plan.Changed.Count, held + plan.Held);
        }

        var saving = total.Elapsed - checking - linking;
        await Stage(context, "Saving links to earlier referrals");
        await repeatVictims.SaveImportLinksAsync(links, rules, ct);
        LastRunTimings = (checking, saving, total.Elapsed - checking - saving);
        var ordered = errors.OrderBy(e => e.Row).ToList();
        invalid.Sort((a, b) => a.Row.Number.CompareTo(b.Row.Number));
        return new ImportResult(imported, held, ordered, invalid.Count, await InvalidRows.CsvAsync(context.File.Headers, invalid, ct), updated);
    }

    private static Task Stage(ImportContext context, string stage) => context.OnStage?.Invoke(stage) ?? Task.CompletedTask;

    /// <summary>
    /// A checked chunk, not yet saved: its rows of the file (for progress), its new referrals, the new values of changed
    /// ones, and how many were held.
    /// </summary>
    private sealed record ChunkPlan(int Number, int Rows, List<VictimReferral> Added, List<(Guid Id, VictimReferral Values)> Changed, int Held);

    private async Task<ChunkPlan> PlanChunkAsync(Guid uploadId, int number, int fileRows, List<(ImportRow Row, VictimReferral Referral)> chunk,
        ReferralRules rules, List<RowError> errors, List<(TabularFile.Row Row, string Reasons)> invalid, CancellationToken ct)
    {
        var references = chunk.Select(c => c.Referral.CrimeReference).ToList();
        // References are unique nationally: look in every region, so that one held elsewhere is refused, not duplicated.
        var existing = await db.Set<VictimReferral>().IgnoreQueryFilters().AsNoTracking().Where(r => references.Contains(r.CrimeReference))
            .Select(r => new { r.Id, r.CrimeReference, r.RegionCode, r.RowHash, r.AnonymisedAt })
            .ToDictionaryAsync(r => r.CrimeReference, StringComparer.Ordinal, ct);
        var now = time.GetUtcNow();
        var plan = new ChunkPlan(number, fileRows, [], [], 0);
        var held = 0;
        foreach (var (row, referral) in chunk)
        {
            if (!existing.TryGetValue(referral.CrimeReference, out var current))
            {
                referral.ImportId = uploadId;
                referral.ReceivedAt = now;
                referral.UpdatedAt = now;
                referral.FirstContactDueOn = WorkingDays.Add(time.UkToday(), rules.FirstContactWorkingDays);
                (referral.Priority, referral.PriorityReasons) = ReferralTriage.Score(referral, rules);
                plan.Added.Add(referral);
            }
            else if (current.RegionCode != referral.RegionCode)
            {
                row.Error("CrimeReference", $"Crime reference {referral.CrimeReference} is held by another region: ask its team to pass it on");
                errors.AddRange(row.Errors);
                invalid.Add((row.Source, string.Join("; ", row.Errors.Select(e => $"{e.Field}: {e.Message}"))));
            }
            else if (current.RowHash == referral.RowHash || current.AnonymisedAt is not null)
            {
                // Unchanged, or its personal details were removed under the retention rule and must not come back.
                held++;
            }
            else
            {
                plan.Changed.Add((current.Id, referral));
            }
        }

        return plan with { Held = held };
    }

    /// <summary>
    /// Saves the chunks, each in its own transaction with its ledger entry, in as many lanes as the database takes writes
    /// at once (<see cref="IBulkWriter.ParallelWriters"/>): on PostgreSQL each lane's server process inserts and updates
    /// the referral table's indexes on a core of its own, which one connection never could. Each lane has its own scope,
    /// context and connection and acts as this import's user; lanes take the next chunk in order and take turns on the
    /// audit chain only for the append. Progress is reported one chunk at a time, in the order chunks finish. A lane that
    /// fails stops the others at their next chunk; chunks being written then are committed whole or not at all, and the
    /// ledger lets a rerun finish the rest.
    /// </summary>
    private async Task SaveChunksAsync(Guid uploadId, List<ChunkPlan> plans, ReferralRules rules, Func<ChunkPlan, Task> onSaved, CancellationToken ct)
    {
        var lanes = Math.Min(writer.ParallelWriters, plans.Count);
        if (lanes <= 1)
        {
            foreach (var plan in plans)
            {
                ct.ThrowIfCancellationRequested();
                await SaveChunkAsync(db, writer, uploadId, plan, rules, ct);
                await onSaved(plan);
            }

            return;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        using var reporting = new SemaphoreSlim(1, 1); // The progress callback writes through this import's own context.
        var actor = db.Scope;
        var next = -1;
        async Task LaneAsync()
        {
            await using var scope = scopes.CreateActingScope(actor);
            var laneDb = scope.ServiceProvider.GetRequiredService<ProtectHubDbContext>();
            var laneWriter = scope.ServiceProvider.GetRequiredService<IBulkWriter>();
            int index;
            while ((index = Interlocked.Increment(ref next)) < plans.Count)
            {
                stop.Token.ThrowIfCancellationRequested();
                await SaveChunkAsync(laneDb, laneWriter, uploadId, plans[index], rules, stop.Token);
                await reporting.WaitAsync(stop.Token);
                try
                {
                    await onSaved(plans[index]);
                }
                finally
                {
                    reporting.Release();
                }
            }
        }

        var running = Enumerable.Range(0, lanes).Select(_ => Task.Run(async () =>
        {
            try
            {
                await LaneAsync();
            }
            catch
            {
                await stop.CancelAsync();
                throw;
            }
        }, CancellationToken.None)).ToList();
        // A lane stopped by another's failure ends cancelled, not faulted, so the failure is what this throws.
        await Task.WhenAll(running);
    }

    private async Task SaveChunkAsync(ProtectHubDbContext chunkDb, IBulkWriter chunkWriter, Guid uploadId, ChunkPlan plan, ReferralRules rules, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var changedIds = plan.Changed.Select(c => c.Id).ToList();
        var current = changedIds.Count == 0 ? [] : await chunkDb.Set<VictimReferral>().Where(r => changedIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct);
        foreach (var (id, values) in plan.Changed)
        {
            var referral = current[id];
            CopyImportedFields(values, referral);
            referral.UpdatedAt = now;
            (referral.Priority, referral.PriorityReasons) = ReferralTriage.Score(referral, rules);
        }

        chunkDb.Add(new ImportChunk { UploadId = uploadId, Number = plan.Number, Imported = plan.Added.Count, Updated = plan.Changed.Count, AlreadyHeld = plan.Held, SavedAt = now });
        chunkDb.GroupCollectedEntries = true; // New referrals are audited in entries naming up to 90 each; changed ones one by one.
        // The new rows (by binary COPY on PostgreSQL), the ledger entry, audit entries and updates: one transaction.
        await chunkWriter.InsertAsync(chunkDb, plan.Added, ct);
        chunkDb.ChangeTracker.Clear();
    }

    private static void CopyImportedFields(VictimReferral from, VictimReferral to)
    {
        to.ForceCode = from.ForceCode;
        to.ReportedOn = from.ReportedOn;
        to.OffenceOn = from.OffenceOn;
        to.VictimType = from.VictimType;
        to.FullName = from.FullName;
        to.OrganisationName = from.OrganisationName;
        to.DateOfBirth = from.DateOfBirth;
        to.Email = from.Email;
        to.Phone = from.Phone;
        to.AddressLine1 = from.AddressLine1;
        to.Town = from.Town;
        to.Postcode = from.Postcode;
        to.OffenceCategory = from.OffenceCategory;
        to.AmountLost = from.AmountLost;
        to.Summary = from.Summary;
        to.VulnerabilityFlags = from.VulnerabilityFlags;
        to.RowHash = from.RowHash;
        if (to.Status == ReferralStatus.New)
        {
            to.Team = from.Team; // A changed offence category moves an untouched referral to the right queue.
        }
    }

    /// <summary>
    /// One row as a referral, or null with the row's errors: each field is read by its own rule below, all of them
    /// always (so a row with three problems names all three), and the referral is built only from a row without any.
    /// </summary>
    private VictimReferral? Parse(ImportRow row, string region, DateOnly today)
    {
        var reference = CrimeReferenceOf(row);
        var (reported, offence, born) = DatesOf(row, today);
        var (type, name, organisation) = VictimOf(row);
        CheckLengths(row);
        var (email, phone, postcode) = ContactDetailsOf(row);
        var force = ForceOf(row, region);
        var category = CategoryOf(row);
        var amount = AmountOf(row);
        if (row.Errors.Count > 0)
        {
            return null;
        }

        var referral = new VictimReferral
        {
            RegionCode = db.Scope.RegionCode,
            ForceCode = force!,
            CrimeReference = reference!,
            ReportedOn = reported!.Value,
            OffenceOn = offence,
            VictimType = type!.Value,
            FullName = name,
            OrganisationName = organisation,
            DateOfBirth = born,
            Email = email,
            Phone = phone,
            AddressLine1 = row.Cell("AddressLine1"),
            Town = row.Cell("Town"),
            Postcode = postcode,
            OffenceCategory = category!.Value,
            AmountLost = amount,
            Summary = row.Cell("Summary"),
            VulnerabilityFlags = (row.Cell("Vulnerability") ?? "").Split([';', ',', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(f => f.ToLowerInvariant() is not ("no" or "none" or "n" or "false")).Distinct().ToList(),
            Team = ReferralTriage.TeamFor(category.Value),
            Status = ReferralStatus.New,
        };
        referral.RowHash = Hash(referral);
        return referral;
    }

    private static string? CrimeReferenceOf(ImportRow row)
    {
        var reference = row.Cell("CrimeReference")?.ToUpperInvariant().Replace(" ", "", StringComparison.Ordinal);
        if (reference is null)
        {
            row.Error("CrimeReference", "Enter the crime reference");
        }
        else if (!ReferencePattern().IsMatch(reference))
        {
            row.Error("CrimeReference", $"'{row.Cell("CrimeReference")}' is not a crime reference: use letters then digits, like NFRC2601234567");
        }

        return reference;
    }

    private static (DateOnly? Reported, DateOnly? Offence, DateOnly? Born) DatesOf(ImportRow row, DateOnly today)
    {
        var reported = row.Date("ReportedOn");
        if (reported is null && row.Cell("ReportedOn") is null)
        {
            row.Error("ReportedOn", "Enter the date it was reported");
        }
        else if (reported > today)
        {
            row.Error("ReportedOn", "Date reported must be today or in the past");
        }

        var offence = row.Date("OffenceOn");
        if (offence is not null && reported is not null && offence > reported)
        {
            row.Error("OffenceOn", "Date of offence must be on or before the date reported");
        }

        var born = row.Date("DateOfBirth");
        if (born is not null && born > today)
        {
            row.Error("DateOfBirth", "Date of birth must be in the past");
        }

        return (reported, offence, born);
    }

    /// <summary>A person or an organisation (from the type column, else from whether an organisation is named), and its name.</summary>
    private static (VictimType? Type, string? Name, string? Organisation) VictimOf(ImportRow row)
    {
        var name = row.Cell("FullName");
        var organisation = row.Cell("OrganisationName");
        var typeText = row.Cell("VictimType")?.ToLowerInvariant();
        VictimType? type = typeText switch
        {
            null => organisation is null ? VictimType.Individual : VictimType.Organisation,
            "individual" or "person" or "i" or "member of the public" => VictimType.Individual,
            "organisation" or "organization" or "business" or "o" or "company" => VictimType.Organisation,
            _ => null,
        };
        if (type is null)
        {
            row.Error("VictimType", $"'{row.Cell("VictimType")}' is not a victim type: use individual or organisation");
        }
        else if (type == VictimType.Individual && name is null)
        {
            row.Error("FullName", "Enter the victim's name");
        }
        else if (type == VictimType.Organisation && organisation is null)
        {
            row.Error("OrganisationName", "Enter the organisation's name");
        }

        return (type, name, organisation);
    }

    private static void CheckLengths(ImportRow row)
    {
        foreach (var (field, max) in new[] { ("FullName", TextLimits.Line), ("OrganisationName", TextLimits.Line), ("AddressLine1", TextLimits.Line), ("Town", TextLimits.Town), ("Summary", TextLimits.Notes) })
        {
            if (row.Cell(field)?.Length > max)
            {
                row.Error(field, $"Must be {max} characters or fewer");
            }
        }
    }

    private static (string? Email, string? Phone, string? Postcode) ContactDetailsOf(ImportRow row)
    {
        var email = row.Cell("Email");
        if (email is not null && !ContactRules.IsEmail(email))
        {
            row.Error("Email", $"'{email}' is not an email address");
        }

        var phone = row.Cell("Phone");
        if (phone is not null && !ContactRules.IsPhone(phone))
        {
            row.Error("Phone", $"'{phone}' is not a telephone number");
        }

        var postcodeText = row.Cell("Postcode");
        var postcode = UkPostcode.Normalise(postcodeText);
        if (postcodeText is not null && postcode is null)
        {
            row.Error("Postcode", $"'{postcodeText}' is not a UK postcode");
        }

        return (email, phone, postcode);
    }

    /// <summary>The force area by code or name, which must be one of the importing user's region.</summary>
    private static string? ForceOf(ImportRow row, string region)
    {
        var forceText = row.Cell("ForceCode");
        if (forceText is null)
        {
            row.Error("ForceCode", "Enter the force area");
            return null;
        }

        var force = Regions.ForceNames.Find(forceText, region);
        if (force is null)
        {
            row.Error("ForceCode", Regions.ForceNames.NotInRegion(forceText));
        }

        return force;
    }

    private static OffenceCategory? CategoryOf(ImportRow row)
    {
        var categoryText = row.Cell("OffenceCategory");
        var category = categoryText is null ? null : VictimNames.ParseCategory(categoryText);
        if (categoryText is null)
        {
            row.Error("OffenceCategory", "Enter the offence category");
        }
        else if (category is null)
        {
            row.Error("OffenceCategory", $"'{categoryText}' is not an offence category");
        }

        return category;
    }

    /// <summary>An amount in pounds ("£12,500.00", "12500", "GBP 40"), to the penny.</summary>
    private static decimal? AmountOf(ImportRow row)
    {
        var amountText = row.Cell("AmountLost");
        if (amountText is null)
        {
            return null;
        }

        if (decimal.TryParse(amountText.Replace("£", "", StringComparison.Ordinal).Replace("GBP", "", StringComparison.OrdinalIgnoreCase).Trim(),
                NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value < 1_000_000_000_000m)
        {
            return Math.Round(value, 2);
        }

        row.Error("AmountLost", $"'{amountText}' is not an amount of money: use a number like 1250.00");
        return null;
    }

    private static string Hash(VictimReferral r)
    {
        var text = string.Join('\u001f', r.ForceCode, r.CrimeReference, r.ReportedOn.ToString("O", CultureInfo.InvariantCulture), r.OffenceOn?.ToString("O", CultureInfo.InvariantCulture),
            r.VictimType, r.FullName, r.OrganisationName, r.DateOfBirth?.ToString("O", CultureInfo.InvariantCulture), r.Email, r.Phone, r.AddressLine1, r.Town, r.Postcode,
            r.OffenceCategory, r.AmountLost?.ToString(CultureInfo.InvariantCulture), r.Summary, string.Join(';', r.VulnerabilityFlags));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
