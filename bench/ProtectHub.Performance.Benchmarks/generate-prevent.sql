-- Issue #17's Prevent data set for East Midlands: :cases young people referred over three years (85 % closed), three
-- interventions each on average (:interventions in all), 6- and 12-month reviews of the closed ones, neurodiversity
-- recorded for one in eight. Deterministic (every value from the row number), so any machine makes the same data.
\set ON_ERROR_STOP on
SET synchronous_commit = off;

CREATE TEMP TABLE bench_officer AS
SELECT "Id" AS id, "DisplayName" AS name FROM users WHERE "Email" = 'officer.cyberprevent@demo.protecthub.test';

INSERT INTO prevent_cases ("Id", "RegionCode", "ForceCode", "Reference", "Source", "ReferrerName", "FirstName", "LastName", "DateOfBirth",
    "Gender", "Town", "Postcode", "SchoolName", "Handles", "ParentCarerName", "Behaviour", "BehaviourLevel", "Setting", "Details",
    "AgeBandAtReferral", "Status", "ReferredAt", "AssignedToId", "AssignedToName", "Deconfliction", "DeconflictionReference", "DeconflictedAt",
    "DeconflictedByName", "ConsentGivenBy", "ConsentOn", "NeurodiversityFlagged", "EarlierReferrals", "Outcome", "ClosedAt", "UpdatedAt")
SELECT md5('prevent-case-' || i)::uuid, 'EM',
    (ARRAY['DERBYSHIRE','LEICESTERSHIRE','LINCOLNSHIRE','NORTHANTS','NOTTS'])[1 + i % 5],
    'PV-B' || lpad(i::text, 7, '0'),
    (ARRAY['Force','SchoolOrCollege','ParentOrCarer','Self','NationalAgencyOperation','Industry','YouthJustice','SocialCare','Health'])[1 + (i * 7) % 9],
    'Bench referrer ' || (i % 500),
    (ARRAY['Amelia','Oliver','Isla','George','Ava','Noah','Mia','Arthur','Ivy','Muhammad','Freya','Leo','Lily','Harry','Florence','Oscar','Grace','Archie','Sophia','Henry'])[1 + (abs(hashint8(i::bigint * 8 + 1)::bigint) % 20)::int],
    'Benchley' || i,
    dob, (ARRAY['Male','Female','Male','Non-binary'])[1 + i % 4],
    (ARRAY['Derby','Leicester','Lincoln','Northampton','Nottingham'])[1 + i % 5],
    (ARRAY['DE','LE','LN','NN','NG'])[1 + i % 5] || (1 + i % 20) || ' ' || (i % 10) || 'AB',
    'Bench Academy ' || (i % 300),
    ARRAY[(ARRAY['Discord','Steam','Xbox','Roblox','Telegram'])[1 + i % 5] || ': bench_' || i],
    'Parent of ' || i,
    (ARRAY['DdosOrBooter','AccountTakeover','Hacking','MalwareOrRats','GameCheatsSold','CredentialStuffing','Carding','Doxxing','Swatting','WebsiteDefacement','Other'])[1 + (i * 3) % 11],
    (ARRAY['Interest','LowLevelMisuse','Offending'])[1 + i % 3],
    (ARRAY['School','College','Home','Online','Other'])[1 + i % 5],
    'Benchmark case ' || i,
    CASE WHEN age < 11 THEN 'Under11' WHEN age < 14 THEN 'From11To13' WHEN age < 16 THEN 'From14To15' WHEN age < 18 THEN 'From16To17' WHEN age < 25 THEN 'From18To24' ELSE 'Over24' END,
    status, referred,
    CASE WHEN i % 3 = 0 THEN (SELECT id FROM bench_officer) END, CASE WHEN i % 3 = 0 THEN (SELECT name FROM bench_officer) END,
    CASE WHEN status <> 'AwaitingDeconfliction' THEN 'Clear' END, CASE WHEN status <> 'AwaitingDeconfliction' THEN 'INT-B' || i END,
    CASE WHEN status <> 'AwaitingDeconfliction' THEN referred + interval '1 day' END, CASE WHEN status <> 'AwaitingDeconfliction' THEN 'Bench supervisor' END,
    CASE WHEN status IN ('Active', 'Closed') THEN CASE WHEN age < 16 THEN 'ParentOrCarer' ELSE 'Subject' END END,
    CASE WHEN status IN ('Active', 'Closed') THEN (referred + interval '2 days')::date END,
    i % 8 = 0, CASE WHEN i % 40 = 0 THEN 1 ELSE 0 END,
    CASE WHEN status = 'Closed' THEN (ARRAY['EngagedAndCompleted','EngagedNotCompleted','Declined','NotContactable','ReferredOn'])[1 + i % 5] END,
    CASE WHEN status = 'Closed' THEN referred + interval '60 days' END,
    referred
FROM (
    SELECT i, dob, referred, extract(year FROM age(referred::date, dob))::int AS age,
        CASE WHEN i % 100 < 85 THEN 'Closed' WHEN i % 100 < 92 THEN 'Active' WHEN i % 100 < 97 THEN 'ReadyForContact' ELSE 'AwaitingDeconfliction' END AS status
    FROM (
        SELECT i, date '2008-01-01' + ((abs(hashint8(i::bigint * 8 + 2)::bigint) % 4000)::int) AS dob,
            now() - make_interval(days => (i % 1095), mins => (i % 1440)) AS referred
        FROM generate_series(1, :cases) AS i
    ) d
) c;

-- Statistics before the next inserts: their foreign-key checks are planned from them, and a plan made for the dozen
-- demo cases (a sequential scan) would scan 100,000 cases for each of 300,000 interventions.
ANALYZE prevent_cases;

INSERT INTO prevent_interventions ("Id", "RegionCode", "CaseId", "Kind", "On", "OfficerId", "OfficerName", "Response", "Notes", "RecordedAt")
SELECT md5('prevent-intervention-' || n)::uuid, 'EM', md5('prevent-case-' || (1 + (n % :cases)))::uuid,
    (ARRAY['HomeOrSchoolVisit','WarningLetter','EducationSession','Mentoring','PositivePathway','ReferralToAnotherService','GroupSessionAtSchool'])[1 + n % 7],
    (now() - make_interval(days => ((1 + (n % :cases)) % 1095)) + make_interval(days => 3 + n / :cases))::date,
    coalesce((SELECT id FROM bench_officer), md5('nobody')::uuid), 'Bench officer',
    (ARRAY['Engaged','PartlyEngaged','Declined','DidNotAttend'])[1 + n % 4], 'Benchmark intervention ' || n,
    now() - make_interval(days => ((1 + (n % :cases)) % 1095))
FROM generate_series(0, :interventions - 1) AS n;

INSERT INTO prevent_reviews ("Id", "RegionCode", "CaseId", "Kind", "DueOn", "OfficerId", "ReReferred", "Offended", "PositiveOutcome", "CompletedAt", "CompletedByName")
SELECT md5('prevent-review-' || c."Reference" || '-' || k.months)::uuid, 'EM', c."Id", CASE WHEN k.months = 6 THEN 'SixMonths' ELSE 'TwelveMonths' END,
    (c."ClosedAt" + make_interval(months => k.months))::date, c."AssignedToId",
    CASE WHEN c."ClosedAt" + make_interval(months => k.months) < now() THEN (ARRAY['No','No','No','Yes','NotKnown'])[1 + (hashint4(k.months + length(c."Reference"))::bigint % 5 + 5)::int % 5] END,
    CASE WHEN c."ClosedAt" + make_interval(months => k.months) < now() THEN 'No' END,
    CASE WHEN c."ClosedAt" + make_interval(months => k.months) < now() THEN 'None' END,
    CASE WHEN c."ClosedAt" + make_interval(months => k.months) < now() THEN c."ClosedAt" + make_interval(months => k.months) END,
    CASE WHEN c."ClosedAt" + make_interval(months => k.months) < now() THEN 'Bench officer' END
FROM prevent_cases c CROSS JOIN (VALUES (6), (12)) AS k(months)
WHERE c."Reference" LIKE 'PV-B%' AND c."Status" = 'Closed';

INSERT INTO prevent_special_category ("Id", "RegionCode", "CaseId", "Neurodiversity", "Diagnosis", "LawfulBasis", "RecordedByName", "RecordedAt")
SELECT md5('prevent-special-' || "Reference")::uuid, 'EM', "Id", ARRAY['Autism'], 'Suspected', 'SafeguardingChildren', 'Bench officer', "ReferredAt"
FROM prevent_cases WHERE "Reference" LIKE 'PV-B%' AND "NeurodiversityFlagged";

VACUUM ANALYZE prevent_cases;
VACUUM ANALYZE prevent_interventions;
VACUUM ANALYZE prevent_reviews;
