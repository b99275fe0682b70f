using System.Globalization;
using System.Text;

namespace ProtectHub.Linkage.Benchmarks;

/// <summary>
/// Generates synthetic UK person records: about 15 % of people appear more than once, each copy carrying one to three
/// realistic errors (typos, nicknames, swapped names, moved address, changed email, reformatted phone, missing fields,
/// date slips). Writes <c>people.csv</c> and the ground truth <c>true_pairs.csv</c> (<c>id_l,id_r</c>, every pair of
/// records of the same person).
/// </summary>
internal static class SyntheticPeople
{
    private static readonly string[] FirstNames =
    [
        "oliver", "george", "harry", "jack", "jacob", "noah", "charlie", "muhammad", "thomas", "oscar", "william", "james",
        "henry", "leo", "alfie", "joshua", "freddie", "archie", "ethan", "isaac", "alexander", "joseph", "edward", "samuel",
        "max", "daniel", "arthur", "lucas", "mohammed", "logan", "theo", "harrison", "benjamin", "mason", "sebastian",
        "finley", "adam", "dylan", "zachary", "riley", "teddy", "theodore", "david", "toby", "jake", "louie", "elijah",
        "reuben", "arlo", "hugo", "robert", "michael", "john", "richard", "peter", "christopher", "anthony", "stephen",
        "andrew", "mark", "paul", "kevin", "matthew", "jonathan", "nicholas", "patrick", "gregory", "timothy", "kenneth",
        "olivia", "amelia", "isla", "ava", "emily", "isabella", "mia", "poppy", "ella", "lily", "jessica", "sophie",
        "grace", "evie", "sophia", "charlotte", "ruby", "freya", "daisy", "alice", "florence", "ivy", "sienna", "harper",
        "matilda", "elizabeth", "margaret", "mary", "sarah", "susan", "patricia", "jennifer", "linda", "barbara",
        "deborah", "rebecca", "victoria", "catherine", "katherine", "samantha", "alexandra", "christine", "helen",
        "joanne", "nicola", "amanda", "rachel", "laura", "hannah", "emma", "lucy", "chloe", "megan", "zainab", "aisha",
        "fatima", "priya", "anjali", "siobhan", "niamh", "aoife", "ciara", "bronwen", "rhiannon", "zoe", "chloé", "renée",
        "jose", "andré", "françois", "søren", "anna-marie", "mary-jane", "jean-paul",
    ];

    private static readonly string[] Syllables =
    [
        "ash", "bar", "ber", "brook", "by", "car", "ches", "cliff", "dal", "den", "don", "dun", "ed", "el", "fair", "ford",
        "gar", "gil", "ham", "har", "hay", "hol", "ing", "ken", "kin", "lan", "ley", "lin", "mar", "mer", "mor", "ner",
        "new", "nor", "ock", "pen", "per", "ram", "ren", "ridge", "ros", "sal", "sef", "shaw", "son", "stan", "ster",
        "tay", "ton", "trel", "wal", "well", "wick", "win", "wood", "worth", "yar", "zel", "ok", "af", "ow", "ski", "ah",
    ];

    private static readonly string[] CommonSurnames =
    [
        "smith", "jones", "taylor", "brown", "williams", "wilson", "johnson", "davies", "robinson", "wright", "thompson",
        "evans", "walker", "white", "roberts", "green", "hall", "wood", "jackson", "clarke", "patel", "khan", "lewis",
        "james", "phillips", "mason", "mitchell", "rose", "davis", "rodriguez", "cox", "alexander", "o'brien", "o'connor",
        "mcdonald", "macdonald", "singh", "ahmed", "ali", "hussain", "begum", "kaur", "nowak", "kowalski", "murphy",
        "kelly", "byrne", "ryan", "smith-jones", "lloyd-webber", "müller", "garcía", "nguyen", "okafor", "adeyemi",
    ];

    private static readonly string[] StreetTypes = ["street", "road", "lane", "avenue", "close", "drive", "way", "gardens", "crescent", "place"];
    private static readonly string[] Areas =
    [
        "B", "M", "LS", "SW", "SE", "E", "N", "NW", "W", "CF", "G", "EH", "BS", "L", "NG", "S", "LE", "CV", "BD", "HU",
        "PL", "EX", "OX", "CB", "NE", "DH", "SR", "TS", "YO", "HG", "DN", "WF", "HD", "HX", "OL", "BL", "WN", "PR", "BB",
        "LA", "CA", "DL", "ST", "WS", "WV", "DY", "WR", "HR", "GL", "SN", "BA", "TA", "DT", "BH", "SO", "PO", "GU", "RH",
        "BN", "TN", "ME", "CT", "DA", "BR", "CR", "SM", "KT", "TW", "UB", "HA", "EN", "IG", "RM", "SS", "CM", "CO", "IP",
    ];

    private static readonly string[] Domains = ["gmail.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com", "btinternet.com", "icloud.com", "live.co.uk", "sky.com"];

    private static readonly Dictionary<string, string[]> NicknamesOf = new(StringComparer.Ordinal)
    {
        ["william"] = ["bill", "will", "liam"],
        ["robert"] = ["bob", "rob", "bobby"],
        ["elizabeth"] = ["liz", "beth", "lizzie"],
        ["margaret"] = ["maggie", "peggy"],
        ["richard"] = ["rick", "dick"],
        ["james"] = ["jim", "jamie"],
        ["michael"] = ["mike"],
        ["thomas"] = ["tom"],
        ["joseph"] = ["joe"],
        ["christopher"] = ["chris"],
        ["daniel"] = ["dan", "danny"],
        ["matthew"] = ["matt"],
        ["anthony"] = ["tony"],
        ["andrew"] = ["andy"],
        ["edward"] = ["ed", "ted"],
        ["stephen"] = ["steve"],
        ["benjamin"] = ["ben"],
        ["samuel"] = ["sam"],
        ["alexander"] = ["alex"],
        ["nicholas"] = ["nick"],
        ["patrick"] = ["pat"],
        ["katherine"] = ["kate", "katie"],
        ["catherine"] = ["cathy", "kate"],
        ["rebecca"] = ["becky"],
        ["victoria"] = ["vicky"],
        ["samantha"] = ["sam"],
        ["jennifer"] = ["jenny", "jen"],
        ["susan"] = ["sue"],
        ["deborah"] = ["debbie"],
        ["alexandra"] = ["alex"],
        ["henry"] = ["harry"],
        ["timothy"] = ["tim"],
        ["gregory"] = ["greg"],
        ["kenneth"] = ["ken"],
        ["jonathan"] = ["jon"],
        ["peter"] = ["pete"],
    };

    private sealed record Person(string First, string Last, DateOnly Dob, string? Email, string? Phone, string Postcode, string Address);

    /// <summary>
    /// Writes <paramref name="records"/> records to dir/people.csv and the truth to dir/true_pairs.csv. With
    /// <paramref name="hard"/>, the shapes real referral lists have and that break a naive model are mixed in:
    /// placeholders (none@none.com, 00000000000, unknown), households (two people sharing a surname, address, landline
    /// and a family email), twins (same surname, birthday and address) and email addresses built from a common name
    /// that different people share (john.smith@gmail.com). None of those shared values makes two people one.
    /// </summary>
    public static void Write(int records, string dir, int seed, bool hard = false)
    {
        Directory.CreateDirectory(dir);
        usedEmails = new HashSet<string>(StringComparer.Ordinal);
        var random = new Random(seed);
        // About as many surnames as a real population of this size has (the syllables make at most some 200,000).
        var surnames = BuildSurnames(random, Math.Clamp(records / 8, 2000, 200_000));
        using var people = new StreamWriter(Path.Combine(dir, "people.csv"), false, new UTF8Encoding(false), 1 << 16);
        using var truth = new StreamWriter(Path.Combine(dir, "true_pairs.csv"), false, new UTF8Encoding(false), 1 << 16);
        people.Write("id,first_name,surname,dob,email,phone,postcode,address\n");
        truth.Write("id_l,id_r\n");
        // Ids are shuffled so that duplicates are not next to each other.
        var ids = new int[records];
        for (var i = 0; i < records; i++)
        {
            ids[i] = i;
        }
        random.Shuffle(ids);
        var next = 0;
        var group = new List<int>(4);
        var line = new StringBuilder(256);
        while (next < records)
        {
            foreach (var person in hard ? HardPeople(random, surnames) : [NewPerson(random, surnames)])
            {
                var copies = random.NextDouble() < 0.15 ? (random.NextDouble() < 0.7 ? 1 : random.NextDouble() < 0.67 ? 2 : 3) : 0;
                group.Clear();
                for (var c = 0; c <= copies && next < records; c++)
                {
                    var id = ids[next++];
                    var record = c == 0 ? Format(person, random, clean: true) : Corrupt(person, random, surnames);
                    WriteRow(people, line, id, record);
                    foreach (var other in group)
                    {
                        truth.Write(string.Create(CultureInfo.InvariantCulture, $"{Math.Min(id, other)},{Math.Max(id, other)}\n"));
                    }
                    group.Add(id);
                }
            }
        }
    }

    private static readonly string[] PlaceholderEmails = ["none@none.com", "noemail@noemail.com", "unknown@unknown.com", "na@na.com"];
    private static readonly string[] PlaceholderPhones = ["00000000000", "unknown", "07000000000", "0"];

    /// <summary>One new person, or two related ones, with the shapes that break a naive model.</summary>
    private static Person[] HardPeople(Random random, string[] surnames)
    {
        var person = NewPerson(random, surnames);
        var roll = random.NextDouble();
        if (roll < 0.04)
        {
            // A placeholder typed to fill a required box.
            return [random.NextDouble() < 0.5
                ? person with { Email = PlaceholderEmails[random.Next(PlaceholderEmails.Length)] }
                : person with { Phone = PlaceholderPhones[random.Next(PlaceholderPhones.Length)] }];
        }

        if (roll < 0.07)
        {
            // A household: a couple sharing surname, address, landline and a family email, different first names and birthdays.
            var landline = "01" + random.Next(100_000_000, 1_000_000_000).ToString(CultureInfo.InvariantCulture);
            var family = $"the{Ascii(person.Last)}s{random.Next(1, 999)}@{Domains[random.Next(Domains.Length)]}";
            var first = person with { Phone = landline, Email = family };
            var partner = first with { First = OtherFirstName(person.First, random), Dob = person.Dob.AddDays(random.Next(-3650, 3650)) };
            return [first, partner];
        }

        if (roll < 0.075)
        {
            // Twins: same surname, birthday and address; their own first names, emails and phones.
            var twin = NewPerson(random, surnames) with { Last = person.Last, Dob = person.Dob, Postcode = person.Postcode, Address = person.Address };
            return [person, twin with { First = OtherFirstName(person.First, random) }];
        }

        if (roll < 0.125)
        {
            // An email built from a common name, not unique: other people with the same name hold it too.
            return [person with { Email = $"{Ascii(person.First)}.{Ascii(person.Last)}@gmail.com" }];
        }

        return [person];
    }

    private static string OtherFirstName(string first, Random random)
    {
        string other;
        do
        {
            other = Zipf(FirstNames, random);
        }
        while (other == first || (NicknamesOf.TryGetValue(first, out var nicks) && nicks.Contains(other)));
        return other;
    }

    private static string[] BuildSurnames(Random random, int count)
    {
        // A long tail of made-up surnames behind the common ones, as in real populations.
        var set = new HashSet<string>(CommonSurnames, StringComparer.Ordinal);
        var list = new List<string>(CommonSurnames);
        while (list.Count < count)
        {
            var parts = 2 + (random.NextDouble() < 0.3 ? 1 : 0);
            var sb = new StringBuilder();
            for (var p = 0; p < parts; p++)
            {
                sb.Append(Syllables[random.Next(Syllables.Length)]);
            }
            var s = sb.ToString();
            if (set.Add(s))
            {
                list.Add(s);
            }
        }
        return [.. list];
    }

    private static T Zipf<T>(T[] items, Random random)
    {
        // Roughly Zipfian: index = floor(n^u) - 1 favours the front of the list.
        var index = (int)Math.Pow(items.Length + 1, random.NextDouble()) - 1;
        return items[Math.Clamp(index, 0, items.Length - 1)];
    }

    private static Person NewPerson(Random random, string[] surnames)
    {
        var first = Zipf(FirstNames, random);
        var last = random.NextDouble() < 0.3 ? Zipf(CommonSurnames, random) : surnames[random.Next(surnames.Length)];
        var dob = new DateOnly(1930, 1, 1).AddDays(random.Next(365 * 80));
        var email = random.NextDouble() < 0.8 ? NewEmail(first, last, random) : null;
        var phone = random.NextDouble() < 0.85 ? "07" + random.Next(100_000_000, 1_000_000_000).ToString(CultureInfo.InvariantCulture) : null;
        return new Person(first, last, dob, email, phone, NewPostcode(random), NewAddress(random));
    }

    // An email address belongs to one person: the generator never gives two people the same one.
    [ThreadStatic]
    private static HashSet<string>? usedEmails;

    private static string NewEmail(string first, string last, Random random)
    {
        usedEmails ??= new HashSet<string>(StringComparer.Ordinal);
        string email;
        var attempt = 0;
        do
        {
            email = CandidateEmail(first, last, random, attempt++);
        }
        while (!usedEmails.Add(email));
        return email;
    }

    private static string CandidateEmail(string first, string last, Random random, int attempt)
    {
        var f = Ascii(first);
        var l = Ascii(last);
        var local = random.Next(4) switch
        {
            0 => $"{f}.{l}",
            1 => $"{f[0]}{l}{random.Next(10, 99)}",
            2 => $"{f}{l}{random.Next(1, 999)}",
            _ => $"{l}.{f}{random.Next(1, 99)}",
        };
        if (attempt > 2)
        {
            local += random.Next(1000, 100_000).ToString(CultureInfo.InvariantCulture);
        }
        return $"{local}@{Domains[random.Next(Domains.Length)]}";
    }

    private static string Ascii(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s.Normalize(NormalizationForm.FormD))
        {
            if (c is >= 'a' and <= 'z')
            {
                sb.Append(c);
            }
        }
        return sb.Length == 0 ? "x" : sb.ToString();
    }

    private static string NewPostcode(Random random) =>
        string.Create(CultureInfo.InvariantCulture, $"{Areas[random.Next(Areas.Length)]}{random.Next(1, 30)} {random.Next(0, 10)}{Letter(random)}{Letter(random)}");

    private static char Letter(Random random) => "ABDEFGHJLNPQRSTUWXYZ"[random.Next(20)];

    private static string NewAddress(Random random)
    {
        var name = Syllables[random.Next(Syllables.Length)] + Syllables[random.Next(Syllables.Length)];
        return string.Create(CultureInfo.InvariantCulture, $"{random.Next(1, 250)} {name} {StreetTypes[random.Next(StreetTypes.Length)]}");
    }

    private static string?[] Format(Person p, Random random, bool clean)
    {
        var dob = random.Next(3) switch
        {
            0 => p.Dob.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            1 => p.Dob.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            _ => p.Dob.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
        };
        var phone = p.Phone;
        if (phone is { Length: 11 } && char.IsAsciiDigit(phone[0]) && !clean && random.NextDouble() < 0.5)
        {
            phone = random.NextDouble() < 0.5 ? "+44 " + phone[1..5] + " " + phone[5..] : phone[..5] + " " + phone[5..];
        }
        return [Capitalise(p.First, random), Capitalise(p.Last, random), dob, p.Email, phone, p.Postcode, p.Address];
    }

    private static string Capitalise(string s, Random random) =>
        random.Next(3) switch
        {
            0 => s.ToUpperInvariant(),
            1 => s,
            _ => char.ToUpperInvariant(s[0]) + s[1..],
        };

    private static string?[] Corrupt(Person original, Random random, string[] surnames)
    {
        var p = original;
        var errors = 1 + (random.NextDouble() < 0.5 ? 1 : 0) + (random.NextDouble() < 0.2 ? 1 : 0);
        var blank = new bool[7];
        for (var e = 0; e < errors; e++)
        {
            switch (random.Next(11))
            {
                case 0:
                    p = p with { First = Typo(p.First, random) };
                    break;
                case 1:
                    p = p with { Last = Typo(p.Last, random) };
                    break;
                case 2:
                    p = NicknamesOf.TryGetValue(p.First, out var nicks) ? p with { First = nicks[random.Next(nicks.Length)] } : p with { First = Typo(p.First, random) };
                    break;
                case 3:
                    p = p with { First = p.Last, Last = p.First };
                    break;
                case 4:
                    // Moved house.
                    p = p with { Postcode = NewPostcode(random), Address = NewAddress(random) };
                    break;
                case 5:
                    p = p with { Email = NewEmail(p.First, random.NextDouble() < 0.3 ? surnames[random.Next(surnames.Length)] : p.Last, random) };
                    break;
                case 6:
                    blank[2 + random.Next(5)] = true;
                    break;
                case 7:
                    p = p with { Dob = SlipDate(p.Dob, random) };
                    break;
                case 8:
                    p = p with { Address = Typo(p.Address, random) };
                    break;
                case 9:
                    p = p with { Phone = p.Phone is null ? null : Typo(p.Phone, random, digitsOnly: true) };
                    break;
                default:
                    p = p with { Postcode = Typo(p.Postcode, random) };
                    break;
            }
        }
        var row = Format(p, random, clean: false);
        for (var c = 0; c < blank.Length; c++)
        {
            if (blank[c])
            {
                row[c] = null;
            }
        }
        return row;
    }

    private static DateOnly SlipDate(DateOnly dob, Random random)
    {
        switch (random.Next(3))
        {
            case 0 when dob.Day <= 12 && dob.Day != dob.Month:
                return new DateOnly(dob.Year, dob.Day, dob.Month);
            case 1:
                return dob.AddDays(random.NextDouble() < 0.5 ? -1 : 1);
            default:
                return dob.AddYears(random.NextDouble() < 0.5 ? -1 : 1);
        }
    }

    private static string Typo(string s, Random random, bool digitsOnly = false)
    {
        if (s.Length < 3)
        {
            return s;
        }
        var i = random.Next(1, s.Length - 1);
        var c = digitsOnly ? (char)('0' + random.Next(10)) : (char)('a' + random.Next(26));
        return random.Next(4) switch
        {
            0 => s.Remove(i, 1),
            1 => s.Insert(i, c.ToString()),
            2 => string.Concat(s.AsSpan(0, i), c.ToString(), s.AsSpan(i + 1)),
            _ => string.Concat(s.AsSpan(0, i - 1), s[i].ToString(), s[i - 1].ToString(), s.AsSpan(i + 1)),
        };
    }

    private static void WriteRow(StreamWriter writer, StringBuilder line, int id, string?[] fields)
    {
        line.Clear();
        line.Append(id);
        foreach (var f in fields)
        {
            line.Append(',');
            if (f is null)
            {
                continue;
            }
            if (f.AsSpan().IndexOfAny(",\"\n") >= 0)
            {
                line.Append('"').Append(f.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                line.Append(f);
            }
        }
        line.Append('\n');
        writer.Write(line);
    }
}
