using System.Text.RegularExpressions;
using ProtectHub.Core.Access;
using ProtectHub.Core.Partners;

namespace ProtectHub.Core.Sharing;

/// <summary>
/// Looks for what would make text meant to be shared personal data (a lesson; an intelligence report's title, shown in
/// lists): email addresses, telephone numbers, postcodes and what looks like a person's name (a title such as "Mr" or a
/// common first name, followed by a capitalised word). It cannot be sure, so people still read what it passes.
/// </summary>
public static partial class PersonalDataScan
{
    public sealed record Finding(string Field, string Kind, string Text)
    {
        public string Message => $"{Field} looks like it holds {Kind}: '{Text}'. Remove it, or describe the person by their role";
    }

    // Common given names in England and Wales (ONS), lower case: enough to catch "Sarah Jones" without flagging "Office 365".
    private static readonly HashSet<string> FirstNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "adam", "adrian", "aisha", "alan", "alex", "alexander", "alice", "alison", "amanda", "amelia", "amy", "andrew", "angela", "ann", "anna", "anne",
        "anthony", "arthur", "ava", "barbara", "ben", "benjamin", "beth", "bethany", "brian", "callum", "carl", "carol", "caroline", "catherine",
        "charlie", "charlotte", "chloe", "chris", "christine", "christopher", "claire", "colin", "connor", "craig", "daniel", "darren", "david", "dean",
        "deborah", "denise", "diane", "dominic", "donna", "dylan", "edward", "eleanor", "elizabeth", "ella", "ellie", "emily", "emma", "ethan", "evie",
        "fatima", "freya", "gary", "gemma", "george", "georgia", "graham", "grace", "hannah", "harry", "harvey", "heather", "helen", "henry", "holly",
        "ian", "imogen", "isabella", "isla", "jack", "jacob", "jade", "james", "jamie", "jane", "janet", "jason", "jennifer", "jessica", "joanne", "joe",
        "john", "jonathan", "joseph", "joshua", "julie", "karen", "kate", "katie", "keith", "kelly", "kevin", "laura", "lauren", "leah", "lee", "leo",
        "lewis", "liam", "lily", "linda", "lisa", "logan", "louise", "lucy", "luke", "mark", "martin", "mary", "matthew", "megan", "michael", "michelle",
        "mohammed", "muhammad", "natalie", "neil", "nicola", "noah", "oliver", "olivia", "oscar", "patricia", "paul", "peter", "philip", "poppy",
        "rachel", "rebecca", "richard", "robert", "ruby", "ryan", "sam", "samantha", "samuel", "sarah", "scott", "sharon", "sophie", "stephen",
        "steven", "stuart", "susan", "thomas", "tom", "tracey", "victoria", "william", "zara", "zoe",
    };

    /// <summary>Everything found in the named texts, in field order.</summary>
    public static IReadOnlyList<Finding> Find(params (string Field, string? Text)[] texts)
    {
        var findings = new List<Finding>();
        foreach (var (field, text) in texts)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            findings.AddRange(Email().Matches(text).Where(m => ContactRules.IsEmail(m.Value)).Select(m => new Finding(field, "an email address", m.Value)));
            findings.AddRange(Phone().Matches(text).Where(m => ContactRules.IsPhone(m.Value)).Select(m => new Finding(field, "a telephone number", m.Value.Trim())));
            findings.AddRange(Postcode().Matches(text).Where(m => UkPostcode.Normalise(m.Value) is not null).Select(m => new Finding(field, "a postcode", m.Value)));
            // A title, or a common first name, followed by a capitalised word: "Mr Smith", "Sarah Jones".
            var words = Word().Matches(text).ToList();
            for (var i = 0; i + 1 < words.Count; i++)
            {
                var (word, next) = (words[i], words[i + 1]);
                var adjacent = text.AsSpan(word.Index + word.Length, next.Index - word.Index - word.Length).Trim(". ").IsEmpty;
                if (adjacent && char.IsUpper(next.Value[0]) && (Titles.Contains(word.Value) || FirstNames.Contains(word.Value)) && char.IsUpper(word.Value[0]))
                {
                    findings.Add(new Finding(field, "a person's name", $"{word.Value} {next.Value}"));
                }
            }
        }

        return findings.DistinctBy(f => (f.Field, f.Text)).ToList();
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<![\w])(?:\+44\s?|0)(?:[\s()-]*\d){9,10}(?!\d)")]
    private static partial Regex Phone();

    [GeneratedRegex(@"\b[A-Z]{1,2}[0-9][A-Z0-9]?\s?[0-9][A-Z]{2}\b")]
    private static partial Regex Postcode();

    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal) { "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr" };

    [GeneratedRegex(@"[A-Za-z][A-Za-z'-]*")]
    private static partial Regex Word();
}
