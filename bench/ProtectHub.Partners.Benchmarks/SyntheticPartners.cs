using ProtectHub.Core.Partners;

namespace ProtectHub.Partners.Benchmarks;

/// <summary>One organisation as generated, with what contacts and engagements need from it.</summary>
internal sealed class OrgRow
{
    public Guid Id { get; init; }
    public string Name { get; init; } = "";
    public string NormalisedName { get; init; } = "";
    public OrganisationKind Kind { get; init; }
    public char? Sector { get; init; }
    public SizeBand? Size { get; init; }
    public int? Staff { get; init; }
    public string ForceCode { get; init; } = "";
    public string? AddressLine1 { get; init; }
    public string? AddressLine2 { get; init; }
    public string Town { get; init; } = "";
    public string? Postcode { get; init; }
    public string? Website { get; init; }
    public string Domain { get; init; } = "";
    public string? CompaniesHouseNumber { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public Guid? CreatedBy { get; init; }
    public Guid? MergedIntoId { get; set; }
}

internal sealed record Officer(Guid Id, string Name, string[] Teams);

/// <summary>
/// Realistic organisations of a region from a seeded <see cref="Random"/>: names by kind and sector, towns and valid
/// postcodes of each force area, Companies House numbers, websites. The same seed gives the same data.
/// </summary>
internal sealed class SyntheticPartners(Random rng, IReadOnlyList<(string Code, string Name)> forces, IReadOnlyList<Officer> officers, DateTimeOffset now)
{
    private static readonly (OrganisationKind Kind, int Weight)[] KindWeights =
    [
        (OrganisationKind.Business, 72), (OrganisationKind.Charity, 9), (OrganisationKind.Education, 7), (OrganisationKind.PublicBody, 5),
        (OrganisationKind.TradeBody, 3), (OrganisationKind.LawEnforcement, 1), (OrganisationKind.Other, 3),
    ];

    private static readonly Dictionary<string, int> ForceWeights = new(StringComparer.Ordinal)
    {
        ["NOTTS"] = 25,
        ["LEICESTERSHIRE"] = 24,
        ["DERBYSHIRE"] = 22,
        ["LINCOLNSHIRE"] = 16,
        ["NORTHANTS"] = 16,
    };

    private int _companyNumber;

    /// <summary>Where this generator's Companies House numbers start, so that two generators do not hand out the same ones.</summary>
    public int CompanyNumberStart { init => _companyNumber = value; }

    public Random Rng => rng;

    public DateTimeOffset Now => now;

    public IReadOnlyList<Officer> Officers => officers;

    public T Pick<T>(IReadOnlyList<T> items) => items[rng.Next(items.Count)];

    public T Weighted<T>(IReadOnlyList<(T Item, int Weight)> items)
    {
        var total = items.Sum(i => i.Weight);
        var roll = rng.Next(total);
        foreach (var (item, weight) in items)
        {
            if ((roll -= weight) < 0)
            {
                return item;
            }
        }

        return items[^1].Item;
    }

    public bool Chance(double p) => rng.NextDouble() < p;

    /// <summary>A UUID version 7 for the given time whose random bits come from the seeded generator.</summary>
    public Guid V7(DateTimeOffset at)
    {
        Span<byte> b = stackalloc byte[16];
        rng.NextBytes(b);
        var ms = at.ToUnixTimeMilliseconds();
        for (var i = 0; i < 6; i++)
        {
            b[i] = (byte)(ms >> (8 * (5 - i)));
        }

        b[6] = (byte)(0x70 | (b[6] & 0x0F));
        b[8] = (byte)(0x80 | (b[8] & 0x3F));
        return new Guid(b, bigEndian: true);
    }

    /// <summary>A moment between the two, to the second, in UTC.</summary>
    public DateTimeOffset Between(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from)
        {
            return from;
        }

        var seconds = (long)((to - from).TotalSeconds * rng.NextDouble());
        return new DateTimeOffset(from.UtcDateTime.AddSeconds(seconds).Ticks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, TimeSpan.Zero);
    }

    public static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(at.UtcDateTime);

    public string County(string forceCode) =>
        forces.First(f => f.Code == forceCode).Name.Replace(" Constabulary", "", StringComparison.Ordinal).Replace(" Police", "", StringComparison.Ordinal);

    public string ForceName(string forceCode) => forces.First(f => f.Code == forceCode).Name;

    public string Force() =>
        Weighted(forces.Select(f => (f.Code, ForceWeights.GetValueOrDefault(f.Code, 20))).ToList());

    public (string Town, string District) Place(string forceCode)
    {
        var towns = Vocabulary.Geography.TryGetValue(forceCode, out var t) ? t : Vocabulary.OtherGeography;
        // The first town of each force is its city: about half of the organisations are there.
        var (town, districts) = Chance(0.45) ? towns[0] : Pick(towns);
        return (town, Pick(districts));
    }

    public string Postcode(string district) =>
        $"{district} {rng.Next(1, 10)}{Pick(Vocabulary.InwardLetters)}{Pick(Vocabulary.InwardLetters)}";

    public string PersonName() => $"{Pick(Vocabulary.FirstNames)} {Pick(Vocabulary.Surnames)}";

    public string Phone() => rng.Next(4) switch
    {
        0 => $"07700 900{rng.Next(1000):000}",
        1 => $"+44 7700 900{rng.Next(1000):000}",
        2 => $"0116 496 0{rng.Next(1000):000}",
        _ => $"0115 {rng.Next(100, 1000)} {rng.Next(1000, 10000)}",
    };

    public OrgRow Organisation(DateTimeOffset createdAt, string? forceCode = null)
    {
        var kind = Weighted(KindWeights);
        var force = forceCode ?? Force();
        var (town, district) = Place(force);
        var county = County(force);
        char? sector;
        string name;
        switch (kind)
        {
            case OrganisationKind.Business:
                {
                    var industry = Weighted(Vocabulary.Industries.Select(i => (i, i.Weight)).ToList());
                    sector = industry.Sector;
                    var word = Pick(industry.Words);
                    name = rng.Next(100) switch
                    {
                        < 38 => $"{Pick(Vocabulary.Places)} {word}",
                        < 62 => $"{Pick(Vocabulary.Surnames)} {word}",
                        < 76 => $"{Pick(Vocabulary.Surnames)} & {Pick(Vocabulary.Surnames)}" + (sector == 'M' ? " LLP" : ""),
                        < 84 => $"{Pick(Vocabulary.Surnames)} & {(Chance(0.8) ? "Sons" : "Daughters")}",
                        < 92 => $"{town} {word}",
                        _ => $"{Pick(Vocabulary.Places)} {Pick(["Valley", "Park", "House", "Works", "Group", "Partners"])} {word}",
                    };
                    break;
                }

            case OrganisationKind.Charity:
                sector = Chance(0.5) ? 'S' : 'Q';
                name = rng.Next(3) switch
                {
                    0 => $"{town} {Pick(Vocabulary.Causes)}",
                    1 => $"{Pick(Vocabulary.Places)} {Pick(Vocabulary.Causes)}",
                    _ => $"Friends of {Pick(Vocabulary.Places)} Park",
                };
                break;
            case OrganisationKind.Education:
                sector = 'P';
                name = rng.Next(10) switch
                {
                    < 4 => $"{Pick(Vocabulary.Places)} Primary School",
                    < 7 => $"{Pick(Vocabulary.Places)} Academy",
                    < 8 => $"St {Pick(["Mary", "John", "Peter", "Paul", "Andrew", "Joseph", "Margaret", "Edmund"])}'s C of E Primary School",
                    < 9 => $"{town} College",
                    _ => $"{town} {Pick(["Nursery", "Sixth Form", "University Technical College"])}",
                };
                break;
            case OrganisationKind.PublicBody:
                sector = Chance(0.8) ? 'O' : 'Q';
                name = rng.Next(6) switch
                {
                    0 => $"{town} Borough Council",
                    1 => $"{Pick(Vocabulary.Places)} Parish Council",
                    2 => $"{town} Town Council",
                    3 => $"{county} County Council {Pick(["Trading Standards", "Libraries", "Adult Social Care", "IT Services"])}",
                    4 => $"NHS {town} {Pick(["Medical Practice", "Health Centre", "Community Services"])}",
                    _ => $"{county} Fire and Rescue Service",
                };
                break;
            case OrganisationKind.TradeBody:
                sector = 'S';
                name = rng.Next(4) switch
                {
                    0 => $"{town} Chamber of Commerce",
                    1 => $"Federation of Small Businesses {town} Branch",
                    2 => $"{town} Business Improvement District",
                    _ => $"{county} {Pick(Vocabulary.Industries.SelectMany(i => i.Words).ToList())} Association",
                };
                break;
            case OrganisationKind.LawEnforcement:
                sector = 'O';
                name = $"{ForceName(force)} {Pick(["Economic Crime Unit", "Cyber Crime Unit", "Fraud Team", "Neighbourhood Policing Team"])}";
                break;
            default:
                sector = Chance(0.6) ? 'S' : null;
                name = $"{Pick(Vocabulary.Places)} {Pick(["Residents Association", "Neighbourhood Watch", "Rotary Club", "Allotment Society", "Cricket Club"])}";
                break;
        }

        int? staff = kind == OrganisationKind.Business || Chance(0.6)
            ? rng.Next(100) switch { < 62 => rng.Next(1, 10), < 86 => rng.Next(10, 50), < 96 => rng.Next(50, 250), _ => rng.Next(250, 5000) }
            : null;
        SizeBand? size = staff switch { null => null, < 10 => SizeBand.Micro, < 50 => SizeBand.Small, < 250 => SizeBand.Medium, _ => SizeBand.Large };
        if (kind == OrganisationKind.Business)
        {
            name += size == SizeBand.Large && Chance(0.3) ? " PLC" : rng.Next(100) switch { < 55 => " Ltd", < 75 => " Limited", _ => "" };
        }

        var normalised = OrganisationDirectory.NormaliseName(name);
        var slug = new string(normalised.Where(char.IsAsciiLetterOrDigit).ToArray());
        slug = slug.Length > 40 ? slug[..40] : slug.Length == 0 ? "organisation" : slug;
        var domain = kind switch
        {
            OrganisationKind.PublicBody => slug + ".gov.uk",
            OrganisationKind.Education => slug + ".sch.uk",
            OrganisationKind.LawEnforcement => slug + ".police.uk",
            OrganisationKind.Charity => slug + ".org.uk",
            _ => slug + ".co.uk",
        };
        var hasNumber = kind switch
        {
            OrganisationKind.Business => Chance(0.85),
            OrganisationKind.Charity => Chance(0.25),
            OrganisationKind.TradeBody => Chance(0.4),
            _ => false,
        };
        return new OrgRow
        {
            Id = V7(createdAt),
            Name = name,
            NormalisedName = normalised,
            Kind = kind,
            Sector = sector,
            Size = size,
            Staff = staff,
            ForceCode = force,
            AddressLine1 = Chance(0.85) ? $"{rng.Next(1, 300)} {(Chance(0.5) ? Pick(Vocabulary.Places) : Pick(Vocabulary.Surnames))} {Pick(Vocabulary.Streets)}" : null,
            AddressLine2 = Chance(0.3) ? (Chance(0.5) ? $"Unit {rng.Next(1, 40)}, {Pick(Vocabulary.Places)} Business Park" : $"{Pick(Vocabulary.Places)} House") : null,
            Town = town,
            Postcode = Chance(0.9) ? Postcode(district) : null,
            Website = Chance(0.55) ? $"https://www.{domain}" : null,
            Domain = domain,
            CompaniesHouseNumber = hasNumber ? NextCompanyNumber() : null,
            CreatedAt = createdAt,
            CreatedBy = officers.Count > 0 && Chance(0.8) ? Pick(officers).Id : null,
        };
    }

    /// <summary>Unique 8-digit numbers (a stride coprime with the range visits each once), a few with a Scottish prefix.</summary>
    private string NextCompanyNumber()
    {
        var n = _companyNumber++;
        var value = 1_000_000 + (int)((n * 7_919L + 12_345) % 9_000_000);
        return Chance(0.03) ? $"SC{value % 1_000_000:000000}" : $"{value:00000000}";
    }
}
