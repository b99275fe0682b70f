using System.Collections.Frozen;

namespace ProtectHub.Linkage.Internals;

/// <summary>A small built-in table of English given names and their common nicknames.</summary>
internal static class Nicknames
{
    // Each line is one group: a formal name and the names people use for it. A name may sit in several groups.
    private static readonly string[] Groups =
    [
        "william bill billy will willy liam wills",
        "robert bob bobby rob robbie bert",
        "elizabeth liz lizzie beth betty bess bessie eliza libby lisa elise",
        "margaret maggie peggy meg megan marge madge greta rita daisy",
        "richard rick ricky dick rich richie",
        "james jim jimmy jamie jem",
        "john jack johnny jon",
        "jonathan jon jonny nathan",
        "michael mike mikey mick micky",
        "thomas tom tommy",
        "joseph joe joey",
        "charles charlie chuck chas",
        "christopher chris kit topher",
        "christine chris chrissie tina kristine",
        "christina chris tina",
        "daniel dan danny",
        "matthew matt matty",
        "anthony tony ant",
        "andrew andy drew",
        "edward ed eddie ted teddy ned",
        "edmund ed eddie ted ned",
        "steven steve stevie stephen",
        "stephen steve stevie",
        "benjamin ben benny benji",
        "samuel sam sammy",
        "samantha sam sammy",
        "alexander alex alec sandy xander",
        "alexandra alex alexa sandra sandy lexi",
        "nicholas nick nicky",
        "nicola nicky nikki",
        "patrick pat paddy",
        "patricia pat patty trish tricia",
        "peter pete",
        "david dave davey",
        "frederick fred freddie freddy",
        "henry harry hal hank",
        "harold harry hal",
        "gregory greg",
        "timothy tim timmy",
        "kenneth ken kenny",
        "ronald ron ronnie",
        "donald don donnie",
        "lawrence larry laurie",
        "leonard len lenny leo",
        "raymond ray",
        "gerald gerry jerry",
        "geoffrey geoff jeff",
        "jeffrey jeff",
        "philip phil pip",
        "terence terry",
        "vincent vince vinny",
        "zachary zach zack",
        "joshua josh",
        "jacob jake",
        "nathaniel nate nat nathan",
        "catherine cath cathy kate katie kath kay kitty",
        "katherine kate katie kathy kath kay kitty",
        "kathleen kath kathy kate",
        "jennifer jen jenny jenna",
        "jessica jess jessie",
        "rebecca becky becca bex",
        "susan sue susie suzy",
        "suzanne sue susie suzy",
        "deborah debbie deb debs",
        "victoria vicky vicki tori",
        "abigail abby abbie gail",
        "amanda mandy manda",
        "dorothy dot dotty dolly",
        "eleanor ellie nell nora elle",
        "helen nell nellie",
        "frances fran frankie fanny",
        "francis frank frankie",
        "jacqueline jackie jacqui",
        "josephine jo josie",
        "joanne jo jo-anne",
        "judith judy jude",
        "louise lou lulu",
        "lucinda lucy cindy",
        "mary molly polly mae mamie",
        "natalie nat tally",
        "pamela pam",
        "penelope penny",
        "sarah sally sadie",
        "theresa tess tessa terri",
        "valerie val",
        "wilhelmina mina willa",
        "ann annie nan nancy anne",
        "caroline carol carrie caz",
        "gabriel gabe",
        "gabrielle gabby gabi",
        "isabella bella izzy isabel",
        "isabel izzy bel",
        "olivia liv livvy",
        "sophia sophie",
        "elliot eli",
        "oliver ollie",
        "archibald archie",
        "albert al bert bertie",
        "alan al",
        "allan al",
        "alfred alf alfie fred",
        "arthur art artie",
        "bernard bernie",
        "cameron cam",
        "clifford cliff",
        "douglas doug",
        "eugene gene",
        "herbert herb bert",
        "ignatius iggy",
        "jeremy jerry",
        "kevin kev",
        "martin marty",
        "maximilian max",
        "maxwell max",
        "mitchell mitch",
        "montgomery monty",
        "nigel nige",
        "reginald reg reggie",
        "rodney rod",
        "roger rog",
        "sebastian seb",
        "stanley stan",
        "stuart stu",
        "walter walt wally",
        "wesley wes",
        "barbara barb babs barbie",
        "beatrice bea trixie",
        "cynthia cindy",
        "diana di",
        "emily em emmy",
        "emma em",
        "florence flo flossie",
        "georgina georgie gina",
        "harriet hattie",
        "hannah hanna",
        "jane jenny janey",
        "joan joanie",
        "kimberly kim",
        "lauren laurie",
        "madeline maddie maddy",
        "melissa mel missy",
        "melanie mel",
        "miranda mandy randy",
        "priscilla cilla",
        "rosemary rose rosie",
        "ruth ruthie",
        "stephanie steph stevie",
        "veronica ronnie vera",
        "yvonne vonnie",
    ];

    private static readonly FrozenDictionary<string, int[]> GroupsByName = Build();

    /// <summary>True when both (normalised) names share a nickname group.</summary>
    public static bool AreNicknames(string a, string b)
    {
        if (!GroupsByName.TryGetValue(a, out var ga) || !GroupsByName.TryGetValue(b, out var gb))
        {
            return false;
        }
        foreach (var x in ga)
        {
            foreach (var y in gb)
            {
                if (x == y)
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>The nickname groups a normalised name belongs to, or null.</summary>
    public static int[]? GroupsOf(string name) => GroupsByName.TryGetValue(name, out var g) ? g : null;

    private static FrozenDictionary<string, int[]> Build()
    {
        var map = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var g = 0; g < Groups.Length; g++)
        {
            foreach (var part in Groups[g].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var name = TextNormaliser.Name(part)!;
                if (!map.TryGetValue(name, out var list))
                {
                    map[name] = list = [];
                }
                if (!list.Contains(g))
                {
                    list.Add(g);
                }
            }
        }
        var result = new Dictionary<string, int[]>(map.Count, StringComparer.Ordinal);
        foreach (var (name, list) in map)
        {
            result[name] = [.. list];
        }
        return result.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
