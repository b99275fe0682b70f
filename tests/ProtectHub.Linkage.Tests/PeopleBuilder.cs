using System.Globalization;

namespace ProtectHub.Linkage.Tests;

/// <summary>Small seeded person data sets with known duplicates, for engine tests.</summary>
internal static class PeopleBuilder
{
    private static readonly string[] First = ["william", "robert", "elizabeth", "margaret", "james", "mary", "john", "sarah", "david", "emma", "oliver", "amelia", "harry", "isla", "jack", "ava", "george", "mia", "noah", "grace", "leo", "freya", "arthur", "ivy", "oscar", "lily"];
    private static readonly string[] Last = ["smith", "jones", "taylor", "brown", "williams", "wilson", "johnson", "davies", "patel", "wright", "walker", "white", "edwards", "hughes", "green", "hall", "lewis", "harris", "clarke", "okafor", "nowak", "obrien", "kowalski", "macdonald", "singh", "ahmed", "murphy", "evans", "khan", "roberts"];
    private static readonly string[] Streets = ["high street", "station road", "church lane", "park avenue", "mill lane", "victoria road", "green close", "king street"];
    private static readonly string[] Outward = ["SW1A", "M1", "LS6", "B15", "CF10", "EH1", "NE4", "BS8", "L17", "NG7"];

    public static (IReadOnlyList<string> Header, List<string?[]> Rows, HashSet<(string, string)> TruePairs) Build(int people, int seed)
    {
        var random = new Random(seed);
        var header = new[] { "id", "first_name", "surname", "dob", "email", "phone", "postcode", "address" };
        var rows = new List<string?[]>();
        var truth = new HashSet<(string, string)>();
        var id = 0;
        for (var p = 0; p < people; p++)
        {
            var first = First[random.Next(First.Length)];
            var last = Last[random.Next(Last.Length)];
            var dob = new DateOnly(1940, 1, 1).AddDays(random.Next(365 * 60));
            var email = $"{first}.{last}{random.Next(1000)}@example.com";
            var phone = "07" + random.Next(100_000_000, 999_999_999).ToString(CultureInfo.InvariantCulture);
            var postcode = $"{Outward[random.Next(Outward.Length)]} {random.Next(1, 9)}{(char)('A' + random.Next(26))}{(char)('A' + random.Next(26))}";
            var address = $"{random.Next(1, 200)} {Streets[random.Next(Streets.Length)]}";
            var original = new string?[] { (id++).ToString(CultureInfo.InvariantCulture), first, last, dob.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), email, phone, postcode, address };
            rows.Add(original);
            var group = new List<string> { original[0]! };
            var copies = random.NextDouble() < 0.3 ? 1 + random.Next(2) : 0;
            for (var c = 0; c < copies; c++)
            {
                var copy = (string?[])original.Clone();
                copy[0] = (id++).ToString(CultureInfo.InvariantCulture);
                for (var e = 0; e < 2; e++)
                {
                    switch (random.Next(6))
                    {
                        case 0:
                            copy[1] = Typo(copy[1]!, random);
                            break;
                        case 1:
                            copy[2] = Typo(copy[2]!, random);
                            break;
                        case 2:
                            copy[4] = null;
                            break;
                        case 3:
                            copy[5] = "+44 " + phone[1..];
                            break;
                        case 4:
                            (copy[1], copy[2]) = (copy[2], copy[1]);
                            break;
                        default:
                            copy[7] = $"{random.Next(1, 200)} {Streets[random.Next(Streets.Length)]}";
                            break;
                    }
                }
                foreach (var member in group)
                {
                    truth.Add(TestData.Canon(member, copy[0]!));
                }
                group.Add(copy[0]!);
                rows.Add(copy);
            }
        }
        return (header, rows, truth);
    }

    private static string Typo(string s, Random random)
    {
        if (s.Length < 3)
        {
            return s;
        }
        var i = random.Next(1, s.Length - 1);
        return s[..i] + s[(i + 1)..];
    }

    public static LinkageTable Table(IReadOnlyList<string> header, IEnumerable<string?[]> rows) =>
        LinkageTable.FromRows(header, "id", rows.Select(r => (IReadOnlyList<string?>)r));
}
