namespace ProtectHub.Partners.Benchmarks;

/// <summary>Word lists for realistic East Midlands partner data, and the search words the load test uses.</summary>
internal static class Vocabulary
{
    /// <summary>Towns of each East Midlands force area with their postcode districts (outward codes).</summary>
    public static readonly IReadOnlyDictionary<string, (string Town, string[] Districts)[]> Geography = new Dictionary<string, (string, string[])[]>
    {
        ["DERBYSHIRE"] =
        [
            ("Derby", ["DE1", "DE21", "DE22", "DE23", "DE24", "DE3", "DE65", "DE72", "DE73"]), ("Chesterfield", ["S40", "S41", "S42", "S43", "S44"]),
            ("Buxton", ["SK17"]), ("Glossop", ["SK13"]), ("Matlock", ["DE4"]), ("Ilkeston", ["DE7"]), ("Swadlincote", ["DE11", "DE12"]),
            ("Belper", ["DE56"]), ("Ashbourne", ["DE6"]), ("Long Eaton", ["NG10"]), ("Ripley", ["DE5"]),
        ],
        ["LEICESTERSHIRE"] =
        [
            ("Leicester", ["LE1", "LE2", "LE3", "LE4", "LE5", "LE18", "LE19"]), ("Loughborough", ["LE11", "LE12"]), ("Hinckley", ["LE10"]),
            ("Melton Mowbray", ["LE13", "LE14"]), ("Market Harborough", ["LE16"]), ("Coalville", ["LE67"]), ("Oakham", ["LE15"]),
            ("Lutterworth", ["LE17"]), ("Ashby-de-la-Zouch", ["LE65"]), ("Wigston", ["LE18"]),
        ],
        ["LINCOLNSHIRE"] =
        [
            ("Lincoln", ["LN1", "LN2", "LN4", "LN5", "LN6"]), ("Grantham", ["NG31", "NG32", "NG33"]), ("Boston", ["PE21", "PE20"]),
            ("Spalding", ["PE11", "PE12"]), ("Stamford", ["PE9"]), ("Skegness", ["PE25", "PE24"]), ("Louth", ["LN11"]),
            ("Gainsborough", ["DN21"]), ("Sleaford", ["NG34"]), ("Bourne", ["PE10"]), ("Horncastle", ["LN9"]),
        ],
        ["NORTHANTS"] =
        [
            ("Northampton", ["NN1", "NN2", "NN3", "NN4", "NN5", "NN6", "NN7"]), ("Kettering", ["NN15", "NN16", "NN14"]), ("Corby", ["NN17", "NN18"]),
            ("Wellingborough", ["NN8", "NN9"]), ("Daventry", ["NN11"]), ("Rushden", ["NN10"]), ("Towcester", ["NN12"]), ("Brackley", ["NN13"]),
        ],
        ["NOTTS"] =
        [
            ("Nottingham", ["NG1", "NG2", "NG3", "NG5", "NG6", "NG7", "NG8", "NG11", "NG4"]), ("Mansfield", ["NG18", "NG19"]),
            ("Newark-on-Trent", ["NG24", "NG23"]), ("Worksop", ["S80", "S81"]), ("Retford", ["DN22"]), ("Beeston", ["NG9"]),
            ("Hucknall", ["NG15"]), ("Southwell", ["NG25"]), ("West Bridgford", ["NG2"]), ("Arnold", ["NG5"]), ("Sutton-in-Ashfield", ["NG17"]),
        ],
    };

    /// <summary>For forces outside the East Midlands: plausible but generic.</summary>
    public static readonly (string Town, string[] Districts)[] OtherGeography =
    [
        ("Birmingham", ["B1", "B5", "B15"]), ("Coventry", ["CV1", "CV2"]), ("Leeds", ["LS1", "LS6"]), ("Bristol", ["BS1", "BS8"]),
        ("Manchester", ["M1", "M4"]), ("Cambridge", ["CB1", "CB2"]), ("Cardiff", ["CF10", "CF11"]), ("Newcastle upon Tyne", ["NE1", "NE4"]),
    ];

    public static readonly string[] InwardLetters = ["A", "B", "D", "E", "F", "G", "H", "J", "L", "N", "P", "Q", "R", "S", "T", "U", "W", "X", "Y", "Z"];

    public static readonly string[] Places =
    [
        "Trent", "Derwent", "Soar", "Welland", "Nene", "Witham", "Sherwood", "Charnwood", "Peak", "Dove", "Castle", "Abbey", "Bridge",
        "Riverside", "Meadow", "Oakwood", "Ashfield", "Bramley", "Hollins", "Fosse", "Wolds", "Fenland", "Kingsway", "Forest", "Valley",
        "Millbrook", "Greenfield", "Beacon", "Highfield", "Westgate", "Eastgate", "Northgate", "Minster", "Cathedral", "Market", "Canal",
        "Lace", "Hosiery", "Stone", "Brook", "Elm", "Willow", "Cedar", "Heron", "Kestrel", "Falcon", "Swan", "Lion", "Phoenix", "Orchard",
        "Crown", "Sovereign", "Summit", "Apex", "Pinnacle", "Vertex", "Horizon", "Evergreen", "Bluebell", "Foxglove", "Hawthorn", "Rowan",
        "Radcliffe", "Bingham", "Rutland", "Belvoir", "Bosworth", "Calke", "Chatsworth", "Hardwick", "Wollaton", "Clumber", "Rufford",
        "Tollerton", "Quorn", "Bradgate", "Foss", "Humber", "Ancaster", "Holland", "Kesteven", "Lindsey", "Rockingham", "Althorp",
    ];

    public static readonly string[] Surnames =
    [
        "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Robinson", "Wright", "Thompson", "Evans",
        "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Khan", "Hughes", "Turner", "Hill", "Cooper", "Ward",
        "Morris", "Moore", "Clark", "Lee", "King", "Baker", "Harrison", "Morgan", "Allen", "James", "Scott", "Phillips", "Watson", "Davis",
        "Parker", "Price", "Bennett", "Young", "Griffiths", "Mitchell", "Kelly", "Cook", "Carter", "Richardson", "Bailey", "Collins", "Bell",
        "Shaw", "Murphy", "Miller", "Cox", "Richards", "Khan", "Marshall", "Anderson", "Simpson", "Ellis", "Adams", "Singh", "Begum",
        "Wilkinson", "Foster", "Chapman", "Powell", "Webb", "Rogers", "Gray", "Mason", "Ali", "Hunt", "Hussain", "Campbell", "Matthews",
        "Owen", "Palmer", "Holmes", "Mills", "Barnes", "Knight", "Lloyd", "Butler", "Russell", "Barker", "Fisher", "Stevens", "Jenkins",
        "Murray", "Dixon", "Harvey", "Graham", "Pearson", "Ahmed", "Fletcher", "Walsh", "Kaur", "Gibson", "Howard", "Andrews", "Stewart",
        "Elliott", "Reynolds", "Saunders", "Payne", "Fox", "Ford", "Pearce", "Day", "Brooks", "West", "Lawrence", "Cole", "Atkinson",
        "Bradley", "Spencer", "Gill", "Dawson", "Ball", "Burton", "O'Brien", "Watts", "Rose", "Booth", "Perry", "Ryan", "Grant", "Wells",
        "Armstrong", "Francis", "Rees", "Hayes", "Hart", "Hudson", "Newman", "Barrett", "Webster", "Hunter", "Gregory", "Carr", "Lowe",
        "Page", "Marsh", "Riley", "Dunn", "Woods", "Parsons", "Berry", "Stone", "Reid", "Holland", "Hawkins", "Harris", "Mistry", "Chauhan",
        "Lal", "Nowak", "Kowalski", "Wiśniewski", "Smith-Jones", "Okafor", "Mensah", "Nguyen", "Chen", "Wong", "Da Silva", "Rossi",
    ];

    public static readonly string[] FirstNames =
    [
        "Oliver", "George", "Harry", "Jack", "Jacob", "Noah", "Charlie", "Muhammad", "Thomas", "Oscar", "William", "James", "Henry", "Leo",
        "Alfie", "Joshua", "Freddie", "Archie", "Ethan", "Isaac", "Alexander", "Joseph", "Edward", "Samuel", "Max", "Daniel", "Arthur",
        "Lucas", "Mohammed", "Logan", "David", "Paul", "Mark", "Andrew", "Richard", "Stephen", "Michael", "Peter", "Christopher", "Ian",
        "Gary", "Simon", "Neil", "Darren", "Lee", "Craig", "Rajesh", "Sanjay", "Amit", "Imran", "Tariq", "Piotr", "Tomasz", "Kwame",
        "Olivia", "Amelia", "Isla", "Ava", "Emily", "Sophia", "Grace", "Mia", "Poppy", "Ella", "Lily", "Evie", "Isabella", "Sophie",
        "Ivy", "Freya", "Harper", "Willow", "Charlotte", "Jessica", "Sarah", "Emma", "Claire", "Rachel", "Nicola", "Helen", "Karen",
        "Julie", "Susan", "Joanne", "Lisa", "Michelle", "Amanda", "Deborah", "Louise", "Gemma", "Laura", "Hannah", "Priya", "Anita",
        "Sunita", "Aisha", "Fatima", "Zara", "Agnieszka", "Magdalena", "Chiamaka", "Siobhan", "Niamh", "Zoë", "Chloé", "Bethany", "Megan",
    ];

    public static readonly string[] JobTitles =
    [
        "Managing Director", "Office Manager", "IT Manager", "Head of IT", "Finance Director", "Operations Manager", "Practice Manager",
        "Headteacher", "School Business Manager", "Data Protection Officer", "Chief Executive", "Owner", "Company Secretary", "HR Manager",
        "Information Security Officer", "Bursar", "Clerk to the Council", "Trustee", "Network Administrator", "Compliance Officer",
        "Director", "Partner", "General Manager", "Chair", "Communications Officer", "Facilities Manager", "Volunteer Coordinator",
        "Digital Lead", "Chief Technology Officer", "Head of Cyber Security",
    ];

    /// <summary>Sector letter, weight among businesses, and the words a business of that sector puts in its name.</summary>
    public static readonly (char Sector, int Weight, string[] Words)[] Industries =
    [
        ('A', 3, ["Farms", "Agricultural Services", "Growers", "Forestry", "Nurseries"]),
        ('B', 1, ["Quarries", "Aggregates", "Minerals"]),
        ('C', 10, ["Engineering", "Precision Engineering", "Plastics", "Textiles", "Foods", "Printing", "Fabrications", "Manufacturing", "Brewery", "Knitwear"]),
        ('D', 1, ["Energy", "Solar", "Power"]),
        ('E', 1, ["Waste Management", "Recycling", "Water Services"]),
        ('F', 12, ["Construction", "Builders", "Roofing", "Groundworks", "Joinery", "Electrical Contractors", "Plumbing and Heating"]),
        ('G', 16, ["Motors", "Retail", "Wholesale", "Garden Centre", "Pharmacy", "Hardware", "Tyres", "Jewellers", "Fashion"]),
        ('H', 6, ["Logistics", "Haulage", "Transport", "Couriers", "Distribution", "Taxis"]),
        ('I', 8, ["Catering", "Hotel", "Restaurant", "Café", "Inn", "Bakery"]),
        ('J', 7, ["Digital", "Software", "IT Solutions", "Web Design", "Media", "Telecoms", "Cloud Services"]),
        ('K', 3, ["Financial Services", "Insurance Brokers", "Wealth Management", "Mortgages", "Credit Union"]),
        ('L', 4, ["Property", "Estates", "Lettings"]),
        ('M', 12, ["Accountants", "Solicitors", "Consulting", "Architects", "Surveyors", "Marketing", "Design"]),
        ('N', 7, ["Recruitment", "Cleaning Services", "Security Services", "Facilities Management", "Travel", "Office Services"]),
        ('O', 0, ["Services"]),
        ('P', 2, ["Training", "Tutors", "Driving School"]),
        ('Q', 5, ["Care Homes", "Dental Practice", "Medical Centre", "Home Care", "Physiotherapy", "Veterinary Surgery"]),
        ('R', 3, ["Leisure", "Fitness", "Theatre", "Golf Club", "Events"]),
        ('S', 4, ["Hair Salon", "Dry Cleaners", "Repairs", "Beauty"]),
        ('T', 1, ["Household Services"]),
        ('U', 0, ["Consular Services"]),
    ];

    public static readonly string[] Causes =
    [
        "Foodbank", "Age Concern", "Carers Trust", "Mind", "Hospice", "Community Trust", "Youth Club", "Citizens Advice", "Wildlife Trust",
        "Women's Aid", "Homeless Project", "Befriending Service", "Refugee Forum", "Disability Network", "Community Foundation",
    ];

    public static readonly string[] Streets = ["Road", "Street", "Lane", "Avenue", "Way", "Close", "Drive", "Place", "Court", "Row"];

    public static readonly string[] NoteTemplates =
    [
        "Called {0} about the Cyber Essentials funded support; they will apply next month.",
        "Sent the Little Book of Cyber Scams and the NCSC Small Business Guide to {0}.",
        "Reported a business email compromise attempt (invoice fraud); advice given on verifying bank detail changes.",
        "Attended the information-sharing community meeting; interested in Exercise in a Box for the senior team.",
        "Follow-up visit booked to review their backups after a ransomware scare at a supplier.",
        "{0} asked for a Police CyberAlarm installation; passed to the CyberAlarm coordinator.",
        "Phishing test results discussed with {0}; click rate down from 18% to 6%.",
        "Staff briefing on courier and impersonation fraud requested for the customer service team.",
        "No answer to two emails; try again after the summer.",
        "MFA now on all email accounts following our visit; Cyber Essentials certificate expected in the spring.",
    ];

    public static readonly string[] ConsentMethods =
    [
        "Signed up at the event", "Online form on the force website", "Verbal consent during a visit, confirmed by email",
        "Ticked the box on the Cyber Essentials voucher application", "Handed over a business card at the conference stand and asked for updates",
        "Replied to the newsletter invitation",
    ];

    public static readonly string[] KeyLearnings =
    [
        "Most attendees had not enabled MFA on their email; several did so during the session.",
        "Invoice fraud is the main worry; staff asked for a one-page checklist.",
        "Backups are held on the same network as the servers; advised offline copies.",
        "Good engagement; two attendees asked about Cyber Essentials certification.",
        "Older attendees had received courier fraud calls in the last month.",
    ];

    public static readonly string[] CancellationReasons =
    [
        "Venue unavailable", "Organiser cancelled at short notice", "Officer redeployed to an operation", "Too few sign-ups", "Weather",
    ];

    /// <summary>Words people type into the organisation search box: common, rare and a few that match nothing.</summary>
    public static readonly string[] OrganisationSearchWords =
    [
        "engineering", "trent", "castle", "smith", "solicitors", "academy", "council", "digital", "care", "logistics", "sherwood",
        "charnwood", "motors", "foodbank", "patel", "quorn", "bakery", "chamber", "pinnacle", "zzzz",
    ];

    public static readonly string[] ContactSearchWords =
    [
        "smith", "patel", "olivia", "khan", "james", "oakwood", "nowak", "sarah", "murphy", "gmail", "helen", "begum", "okafor", "zzzz",
    ];

    public static readonly string[] EngagementSearchWords =
    [
        "phishing", "ransomware", "webinar", "romance", "backups", "courier", "trent", "presentation", "exercise", "zzzz",
    ];

    public static string TopicTitleWord(string topic) => topic switch
    {
        "Passwords and multi-factor authentication" => "Passwords and MFA",
        _ => topic,
    };
}
