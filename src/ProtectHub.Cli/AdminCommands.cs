using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProtectHub.Core.Access;
using ProtectHub.Core.Audit;
using ProtectHub.Core.Data;

namespace ProtectHub.Cli;

/// <summary>protecthub migrate | user create | audit verify | audit checkpoint | referrals and prevent retention | advisories send | backup | restore.</summary>
internal static class AdminCommands
{
    public static Command Migrate()
    {
        var command = new Command("migrate", "Apply database migrations (the web app also does this at start-up).");
        command.SetAction(async (_, ct) =>
        {
            await using var services = CliServices.Build();
            using var scope = services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<ProtectHubDbContext>();
            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
            await db.MigrateDatabaseAsync(ct);
            Console.WriteLine(pending.Count == 0 ? "Database is up to date." : $"Applied {pending.Count} migration(s): {string.Join(", ", pending)}");
            return 0;
        });
        return command;
    }

    public static Command User()
    {
        var email = new Option<string>("--email") { Description = "Email address (the sign-in name)", Required = true };
        var name = new Option<string>("--name") { Description = "Full name", Required = true };
        var region = new Option<string>("--region") { Description = "Region code, for example EM", Required = true };
        var force = new Option<string>("--force") { Description = "Home force code, for example LEICESTERSHIRE", Required = true };
        var roles = new Option<string[]>("--role") { Description = "Role (repeatable): " + string.Join(", ", Enum.GetNames<Role>()), Required = true, AllowMultipleArgumentsPerToken = true };
        var teams = new Option<string[]>("--team") { Description = "Team (repeatable): " + string.Join(", ", Enum.GetNames<Team>()), AllowMultipleArgumentsPerToken = true };
        var vetting = new Option<string?>("--vetting") { Description = "Vetting level: " + string.Join(", ", Enum.GetNames<VettingLevel>()) };
        var vettingExpires = new Option<DateOnly?>("--vetting-expires") { Description = "Vetting expiry date, YYYY-MM-DD" };
        var create = new Command("create", "Create a user, for example the first System Administrator. Reads the password from standard input.")
        {
            email, name, region, force, roles, teams, vetting, vettingExpires,
        };
        create.SetAction(async (parse, ct) =>
        {
            var parsedRoles = new List<Role>();
            foreach (var r in parse.GetValue(roles) ?? [])
            {
                if (!Enum.TryParse<Role>(r, ignoreCase: true, out var role))
                {
                    await Console.Error.WriteLineAsync($"--role: '{r}' is not a role. Use one of: {string.Join(", ", Enum.GetNames<Role>())}");
                    return 2;
                }

                parsedRoles.Add(role);
            }

            var parsedTeams = new List<Team>();
            foreach (var t in parse.GetValue(teams) ?? [])
            {
                if (!Enum.TryParse<Team>(t, ignoreCase: true, out var team))
                {
                    await Console.Error.WriteLineAsync($"--team: '{t}' is not a team. Use one of: {string.Join(", ", Enum.GetNames<Team>())}");
                    return 2;
                }

                parsedTeams.Add(team);
            }

            VettingLevel? level = null;
            if (parse.GetValue(vetting) is { } v)
            {
                if (!Enum.TryParse<VettingLevel>(v, ignoreCase: true, out var parsedLevel))
                {
                    await Console.Error.WriteLineAsync($"--vetting: '{v}' is not a vetting level. Use one of: {string.Join(", ", Enum.GetNames<VettingLevel>())}");
                    return 2;
                }

                level = parsedLevel;
            }

            if (!Console.IsInputRedirected)
            {
                Console.Error.Write("Password (at least 12 characters): ");
            }

            var password = (await Console.In.ReadLineAsync(ct)) ?? "";
            await using var services = CliServices.Build();
            using var scope = services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<ProtectHubDbContext>().MigrateDatabaseAsync(ct);
            var admin = scope.ServiceProvider.GetRequiredService<UserAdministration>();
            var (user, errors) = await admin.CreateAsync(new CreateUserOptions
            {
                Email = parse.GetValue(email)!,
                Password = password,
                Details = new UserDetails
                {
                    DisplayName = parse.GetValue(name)!,
                    RegionCode = parse.GetValue(region)!.ToUpperInvariant(),
                    HomeForceCode = parse.GetValue(force)!.ToUpperInvariant(),
                    Roles = parsedRoles,
                    Teams = parsedTeams,
                    VettingLevel = level,
                    VettingExpiresOn = parse.GetValue(vettingExpires),
                },
            });
            if (user is null)
            {
                foreach (var error in errors)
                {
                    await Console.Error.WriteLineAsync($"{error.Field}: {error.Message}");
                }

                return 1;
            }

            Console.WriteLine($"Created user {user.Email} ({user.Id}). They set up their authenticator app at first sign-in.");
            return 0;
        });
        return new Command("user", "Manage users.") { create };
    }

    public static Command Audit()
    {
        var checkpointFile = new Option<FileInfo?>("--checkpoint-file")
        {
            Description = "A file of checkpoints published by 'audit checkpoint': the chain must reach its last one, unchanged",
        };
        var verify = new Command("verify", "Check the audit log's hash chain and checkpoints; exits 1 if any entry was altered or removed.") { checkpointFile };
        verify.SetAction(async (parse, ct) =>
        {
            await using var services = CliServices.Build();
            using var scope = services.CreateScope();
            AuditCheckpoint? published = null;
            if (parse.GetValue(checkpointFile) is { } file)
            {
                var (checkpoint, error) = AuditCheckpointFile.ReadLast(file.FullName);
                if (checkpoint is null)
                {
                    await Console.Error.WriteLineAsync(error);
                    return 2;
                }

                published = checkpoint;
            }

            var result = await scope.ServiceProvider.GetRequiredService<AuditLogService>().VerifyAsync(published, ct);
            (result.IsIntact ? Console.Out : Console.Error).WriteLine(result.Message);
            return result.IsIntact ? 0 : 1;
        });

        var append = new Option<FileInfo>("--append")
        {
            Description = "The append-only file to add the signed checkpoint to (keep it where the database's users cannot write)",
            Required = true,
        };
        var checkpoint = new Command("checkpoint", "Publish the chain's head (sequence, hash, time, signature) outside the database; run it daily.") { append };
        checkpoint.SetAction(async (parse, ct) =>
        {
            await using var services = CliServices.Build();
            using var scope = services.CreateScope();
            var head = await scope.ServiceProvider.GetRequiredService<AuditLogService>().HeadAsync(ct);
            var file = parse.GetValue(append)!;
            AuditCheckpointFile.Append(file.FullName, head);
            Console.WriteLine($"Checkpoint of entry {head.Sequence} appended to {file.FullName}.");
            return 0;
        });
        return new Command("audit", "Audit log tools.") { verify, checkpoint };
    }

    public static Command Backup()
    {
        var output = new Option<FileInfo>("--out") { Description = "The backup file to write (PostgreSQL: pg_dump custom format; SQLite: a database file)", Required = true };
        var command = new Command("backup", "Back up the whole database, consistently, while the service runs.") { output };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = CliServices.Build();
            using var scope = services.CreateScope();
            try
            {
                await scope.ServiceProvider.GetRequiredService<ProtectHub.Core.Backups.DatabaseBackup>().BackupAsync(parse.GetValue(output)!.FullName, Console.WriteLine, ct);
                return 0;
            }
            catch (ProtectHub.Core.Backups.BackupException e)
            {
                await Console.Error.WriteLineAsync(e.Message);
                return 1;
            }
        });
        return command;
    }

    public static Command Restore()
    {
        var input = new Option<FileInfo>("--from") { Description = "A backup made by 'protecthub backup'", Required = true };
        var confirm = new Option<bool>("--yes") { Description = "Confirm that everything in the database is to be replaced by the backup" };
        var command = new Command("restore", "Replace the whole database with a backup. Stop the service first.") { input, confirm };
        command.SetAction(async (parse, ct) =>
        {
            if (!parse.GetValue(confirm))
            {
                await Console.Error.WriteLineAsync("A restore replaces everything in the database with the backup's contents. Stop ProtectHub, then run again with --yes.");
                return 2;
            }

            await using var services = CliServices.Build();
            using var scope = services.CreateScope();
            try
            {
                await scope.ServiceProvider.GetRequiredService<ProtectHub.Core.Backups.DatabaseBackup>().RestoreAsync(parse.GetValue(input)!.FullName, Console.WriteLine, ct);
                var check = await scope.ServiceProvider.GetRequiredService<AuditLogService>().VerifyAsync(null, ct);
                Console.WriteLine($"Audit log after the restore: {check.Message}");
                return check.IsIntact ? 0 : 1;
            }
            catch (ProtectHub.Core.Backups.BackupException e)
            {
                await Console.Error.WriteLineAsync(e.Message);
                return 1;
            }
        });
        return command;
    }

    public static Command Referrals() => new("referrals", "Victim referral tools.")
    {
        RetentionCommand<ProtectHub.Core.Victims.ReferralRetention>(
            "Apply the retention rule now: remove the personal details of referrals closed longer ago than each region's retention period."),
    };

    public static Command Prevent() => new("prevent", "Cyber Prevent tools.")
    {
        RetentionCommand<ProtectHub.Core.Prevent.PreventRetention>(
            "Apply the Prevent retention rule now: remove the young person's details from cases closed with no further concern once the periods after closure and after their 18th birthday have passed (Prevent:Retention)."),
    };

    /// <summary>protecthub advisories send: the outbox's work now, in the foreground, then a summary of what is left.</summary>
    public static Command Advisories()
    {
        var send = new Command("send", "Send the advisory emails waiting in the outbox now, then exit: each message once, as a web instance's worker does in the " +
            "background (Mail__Host and the other Mail settings say which relay; Advisories__Outbox__MessagesPerSecond how fast).");
        send.SetAction(async (_, ct) =>
        {
            await using var services = CliServices.Build();
            if (!services.GetRequiredService<ProtectHub.Core.Mail.MailSender>().IsConfigured)
            {
                Console.Error.WriteLine("No mail relay is configured: set Mail__Host (and Mail__Port, Mail__Username, Mail__Password, Mail__From).");
                return 1;
            }

            var lanes = Math.Max(1, services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ProtectHub.Core.Advisories.OutboxOptions>>().Value.Lanes);
            var scopes = services.GetRequiredService<IServiceScopeFactory>();
            var sent = 0;
            await Task.WhenAll(Enumerable.Range(0, lanes).Select(async _ =>
            {
                while (await ProtectHub.Core.Advisories.AdvisoryOutbox.SendOneBatchAsync(scopes, ct) is var batch and > 0)
                {
                    Console.Error.WriteLine($"{Interlocked.Add(ref sent, batch)} sent");
                }
            }));

            using var scope = services.CreateScope();
            var counts = await scope.ServiceProvider.GetRequiredService<ProtectHubDbContext>().Set<ProtectHub.Core.Advisories.AdvisoryMessage>()
                .GroupBy(m => m.Status).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.N, ct);
            int Of(ProtectHub.Core.Advisories.MessageStatus status) => counts.GetValueOrDefault(status);
            Console.WriteLine($"Sent {sent} advisory emails. In the outbox now: {Of(ProtectHub.Core.Advisories.MessageStatus.Queued)} waiting (for a retry or another sender), " +
                $"{Of(ProtectHub.Core.Advisories.MessageStatus.Interrupted)} interrupted (not sent again), {Of(ProtectHub.Core.Advisories.MessageStatus.Bounced)} bounced, " +
                $"{Of(ProtectHub.Core.Advisories.MessageStatus.Failed)} failed.");
            return 0;
        });
        return new Command("advisories", "Threat advisory tools.") { send };
    }

    /// <summary>An area's "retention" command: applies its rule now (the web host applies every rule daily).</summary>
    private static Command RetentionCommand<TRule>(string description) where TRule : ProtectHub.Core.Data.IRetentionRule
    {
        var retention = new Command("retention", description);
        retention.SetAction(async (_, ct) =>
        {
            await using var services = CliServices.Build();
            using var scope = services.CreateScope();
            var rule = scope.ServiceProvider.GetRequiredService<TRule>();
            var removed = await rule.RunAsync(ct);
            Console.WriteLine($"Personal details removed from {removed} {rule.Records}.");
            return 0;
        });
        return retention;
    }
}
