using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Time;

namespace ProtectHub.Web.Hosting;

/// <summary>Creates the demo users (once) and lists their sign-in details. Development only.</summary>
public static class DemoSeeder
{
    public sealed record DemoUser(string Email, string DisplayName, Role[] Roles, Team[] Teams, string Force, bool ExpiredVetting = false, string Region = DemoOptions.RegionCode);

    /// <summary>A user of another region, so that a tester can try its id by hand and see 404 as an East Midlands user.</summary>
    public static DemoUser OtherRegionUser { get; } =
        new("officer@westmids.demo.protecthub.test", "Wes West Midlands Officer", [Role.Officer], [Team.CyberProtect], "WMP", Region: "WM");

    public static IReadOnlyList<DemoUser> Users { get; } =
    [
        new("officer.cyberprotect@demo.protecthub.test", "Olivia Officer (Cyber Protect)", [Role.Officer], [Team.CyberProtect], "LEICESTERSHIRE"),
        new("officer.cyberprevent@demo.protecthub.test", "Omar Officer (Cyber Prevent)", [Role.Officer], [Team.CyberPrevent], "NOTTS"),
        new("officer.fraudprotect@demo.protecthub.test", "Orla Officer (Fraud Protect)", [Role.Officer], [Team.FraudProtect], "DERBYSHIRE"),
        new("supervisor@demo.protecthub.test", "Sam Supervisor", [Role.Supervisor], [Team.CyberProtect, Team.FraudProtect], "LEICESTERSHIRE"),
        new("coordinator@demo.protecthub.test", "Chris Coordinator", [Role.Coordinator], [Team.CyberProtect, Team.CyberPrevent, Team.FraudProtect], "LINCOLNSHIRE"),
        new("head@demo.protecthub.test", "Hana Head of Unit", [Role.HeadOfUnit], [Team.CyberProtect, Team.CyberPrevent, Team.FraudProtect], "NOTTS"),
        new("regional.admin@demo.protecthub.test", "Rhys Regional Administrator", [Role.RegionalAdministrator], [], "NORTHANTS"),
        new("national@demo.protecthub.test", "Nia National Coordinator", [Role.NationalCoordinator], [], "LEICESTERSHIRE"),
        new("sysadmin@demo.protecthub.test", "Sol System Administrator", [Role.SystemAdministrator], [], "LEICESTERSHIRE"),
        new("expired.vetting@demo.protecthub.test", "Eve Expired Vetting (Head of Unit)", [Role.HeadOfUnit], [Team.CyberProtect], "LEICESTERSHIRE", ExpiredVetting: true),
    ];

    /// <summary>
    /// Demo users sign in with a published password and no MFA, so they must never be added to a real database: one
    /// that holds users other than demo accounts and no demo accounts yet was not made by demo mode.
    /// </summary>
    private static async Task RefuseRealDatabaseAsync(ProtectHubDbContext db)
    {
        var users = db.Users.IgnoreQueryFilters();
        if (await users.AnyAsync(u => u.IsDemoAccount))
        {
            return;
        }

        var realUsers = await users.CountAsync(u => !u.IsDemoAccount);
        if (realUsers > 0)
        {
            throw new DemoModeRefusedException(
                $"Demo mode refused: this database already holds {realUsers} user(s) that are not demo accounts, so it is not a demo database " +
                "and demo users (published password, no MFA) will not be added to it. Run it as Production (a published build, or " +
                "dotnet run --no-launch-profile), or set Demo__Enabled=false.");
        }
    }

    public static async Task SeedAsync(IServiceProvider services, ILogger logger)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ProtectHubDbContext>();
        var admin = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        var time = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var directory = scope.ServiceProvider.GetRequiredService<DemoOptions>();
        var today = time.UkToday();
        await RefuseRealDatabaseAsync(db);
        foreach (var demo in Users.Append(OtherRegionUser))
        {
            if (await db.Users.IgnoreQueryFilters().FirstOrDefaultAsync(u => u.Email == demo.Email) is { } existing)
            {
                if (demo == OtherRegionUser)
                {
                    directory.OtherRegionUserId = existing.Id;
                }

                continue;
            }

            var forces = await db.Forces.Where(f => f.RegionCode == demo.Region).Select(f => f.Code).ToListAsync();

            var (created, errors) = await admin.CreateAsync(new CreateUserOptions
            {
                Email = demo.Email,
                Password = DemoOptions.Password,
                IsDemoAccount = true,
                Details = new UserDetails
                {
                    DisplayName = demo.DisplayName,
                    RegionCode = demo.Region,
                    HomeForceCode = forces.Contains(demo.Force) ? demo.Force : forces[0],
                    Roles = demo.Roles,
                    Teams = demo.Teams,
                    VettingLevel = VettingLevel.SC,
                    VettingExpiresOn = demo.ExpiredVetting ? today.AddDays(-10) : today.AddYears(2),
                },
            });
            if (errors.Count > 0)
            {
                throw new InvalidOperationException($"Could not seed demo user {demo.Email}: {string.Join("; ", errors.Select(e => e.Message))}");
            }

            if (demo == OtherRegionUser)
            {
                directory.OtherRegionUserId = created!.Id;
            }
        }

        logger.LogWarning("DEMO MODE (Development only). Demo users in East Midlands, password '{Password}', no MFA needed: {Users}. " +
            "To try cross-region access, open /admin/users/{OtherRegionUser} (a West Midlands user) as an East Midlands administrator: it must answer Page not found.",
            DemoOptions.Password, string.Join(", ", Users.Select(u => u.Email)), directory.OtherRegionUserId);
    }
}
