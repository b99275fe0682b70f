using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Victims;

namespace ProtectHub.Web.Tests;

/// <summary>
/// The referral import links repeat victims with the linkage engine's guards: a placeholder email shared by hundreds of
/// victims, a household's shared details and twins' shared birthday never make two people one, while true repeats link.
/// </summary>
public sealed class RepeatVictimGuardTests(ProtectHubFactory factory) : IClassFixture<ProtectHubFactory>
{
    private const string Header = "Crime Reference,Date Reported,Date of Offence,Victim Name,Organisation,DOB,Email,Phone,Postcode,Force,Offence Category,Amount Lost,Summary,Vulnerability";

    private static readonly string[] Given = ["Ada", "Basil", "Cora", "Dmitri", "Edna", "Fergus", "Gwen", "Hector", "Iris", "Jasper", "Kit", "Lorna", "Monty", "Nell", "Otto", "Prue", "Quentin", "Rhoda", "Silas", "Thea"];

    private readonly TestUserBuilder _users = new(factory);

    private static readonly string[] Syllables = ["ash", "bel", "cor", "dun", "eld", "fen", "gar", "hol", "ing", "jax", "kel", "lom", "mar", "nor", "oak", "pen", "quil", "ros", "sel", "tor", "ulm", "ven", "wes", "yar", "zon"];

    /// <summary>A surname unique to n, sharing no prefix with its neighbours (names lose their digits when normalised).</summary>
    private static string Surname(int n, string kind)
    {
        _ = kind;
        var name = Syllables[n % 25] + Syllables[n / 25 % 25] + Syllables[n / 625 % 25];
        return char.ToUpperInvariant(name[0]) + name[1..];
    }

    [Fact]
    public async Task Import_PlaceholdersHouseholdsAndTwins_AreNotLinked_TrueRepeatsAre()
    {
        var tag = Random.Shared.Next(100_000, 999_999).ToString(CultureInfo.InvariantCulture);
        var rows = new StringBuilder(Header).Append('\n');
        var n = 0;
        string Reference() => $"NFRC{tag}{n++:00000}";
        var random = new Random(42);
        string Dob() => new DateOnly(1935, 1, 1).AddDays(random.Next(25_000)).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        const string Inward = "ABDEFGHJLNPQRSTUWXYZ";
        string Postcode(int i) => $"LE{random.Next(1, 20)} {random.Next(1, 10)}{Inward[random.Next(20)]}{Inward[random.Next(20)]}";
        string Phone(string prefix) => prefix + random.Next(100_000_000, 999_999_999).ToString(CultureInfo.InvariantCulture);

        // 500 different victims (names of their own) whose email was given as none@none.com.
        for (var i = 0; i < 500; i++)
        {
            rows.Append(CultureInfo.InvariantCulture, $"{Reference()},20/10/2026,,{Surname(i * 53 + 3, "first")} {Surname(i * 37 + 101, "placeholder")},,{Dob()},none@none.com,,{Postcode(i)},Leicestershire Police,Romance fraud,,,\n");
        }

        // 10 households: a couple with the same surname, email, landline and postcode; own first names and birthdays.
        for (var h = 0; h < 10; h++)
        {
            var surname = Surname(h * 151 + 7001, "household");
            var shared = $"the{surname.ToLowerInvariant()}s@example.org,{Phone("01")},{Postcode(600 + h)}";
            var born = new DateOnly(1950, 1, 1).AddDays(random.Next(3650));
            rows.Append(CultureInfo.InvariantCulture, $"{Reference()},21/10/2026,,{Given[h]} {surname},,{born:dd/MM/yyyy},{shared},Leicestershire Police,Courier fraud,,,\n");
            rows.Append(CultureInfo.InvariantCulture, $"{Reference()},22/10/2026,,{Given[h + 10]} {surname},,{born.AddDays(400 + random.Next(1500)):dd/MM/yyyy},{shared},Leicestershire Police,Courier fraud,,,\n");
        }

        // 5 pairs of twins: same surname, birthday and postcode; own first names, emails and phones.
        for (var t = 0; t < 5; t++)
        {
            var surname = Surname(t * 233 + 9001, "twins");
            var dob = Dob();
            var home = Postcode(700 + t);
            rows.Append(CultureInfo.InvariantCulture, $"{Reference()},23/10/2026,,{Given[t]} {surname},,{dob},{Given[t].ToLowerInvariant()}{t}@example.org,{Phone("07")},{home},Leicestershire Police,Investment fraud,,,\n");
            rows.Append(CultureInfo.InvariantCulture, $"{Reference()},24/10/2026,,{Given[t + 5]} {surname},,{dob},{Given[t + 5].ToLowerInvariant()}{t}@example.org,{Phone("07")},{home},Leicestershire Police,Investment fraud,,,\n");
        }

        // 10 true repeat victims: the same person reporting twice.
        var repeats = new List<(string First, string Later)>();
        for (var r = 0; r < 10; r++)
        {
            var surname = Surname(r * 317 + 11001, "repeat");
            var person = $"{Given[r]} {surname},,{Dob()},{Given[r].ToLowerInvariant()}.{surname.ToLowerInvariant()}@example.org,{Phone("07")},{Postcode(800 + r)}";
            var (first, later) = (Reference(), Reference());
            rows.Append(CultureInfo.InvariantCulture, $"{first},01/10/2026,,{person},Leicestershire Police,Romance fraud,,,\n");
            rows.Append(CultureInfo.InvariantCulture, $"{later},25/10/2026,,{person},Leicestershire Police,Romance fraud,,,\n");
            repeats.Add((first, later));
        }

        var session = await Session.SignedInAsync(factory, await _users.WithTeams(Team.FraudProtect).BuildAsync());
        var upload = await ImportSteps.UploadAsync(session, "referrals", Encoding.UTF8.GetBytes(rows.ToString()), "hard.csv");
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var page = await ImportSteps.ImportWithSuggestedColumnsAsync(session, upload.Headers.Location!.OriginalString);
        Assert.True(n.ToString(CultureInfo.InvariantCulture) == page.TestId("imported")!.TextContent, (page.QuerySelector("main")?.TextContent ?? "").Trim());

        var links = await factory.WithDbAsync(db => db.Set<ReferralLink>().IgnoreQueryFilters()
            .Join(db.Set<VictimReferral>().IgnoreQueryFilters(), l => l.ReferralId, r => r.Id, (l, r) => new { Later = r.CrimeReference, l.EarlierReferralId, l.Explanation, LaterName = r.FullName, LaterDob = r.DateOfBirth, LaterPostcode = r.Postcode })
            .Join(db.Set<VictimReferral>().IgnoreQueryFilters(), l => l.EarlierReferralId, r => r.Id, (l, r) => new { l.Later, Earlier = r.CrimeReference, l.Explanation, l.LaterName, l.LaterDob, l.LaterPostcode, r.FullName, r.DateOfBirth, r.Postcode })
            .Where(l => l.Later.StartsWith("NFRC" + tag)).ToListAsync());
        var expected = repeats.Select(r => (r.First, r.Later)).ToHashSet();
        var wrong = links.Where(l => !expected.Contains((l.Earlier, l.Later))).ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong.Select(w => $"{w.FullName} {w.DateOfBirth} {w.Postcode} ~ {w.LaterName} {w.LaterDob} {w.LaterPostcode}: {string.Join("; ", w.Explanation)}")));
        Assert.Equal(repeats.Select(r => (r.First, r.Later)).Order(), links.Select(l => (l.Earlier, l.Later)).Order());
    }
}
