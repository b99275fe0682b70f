-- Issue #18's intelligence data set: :reports intelligence reports in East Midlands over three years (85 % approved
-- or disseminated) with five subjects each (a domain shared by five reports, an IPv4 address, an email address, a
-- SHA-256 hash and a URL: :reports * 5 in all), the facets approved reports count by, 30 requirements, and :lessons
-- published lessons spread over the ten regions. Deterministic (every value from the row number), so any machine
-- makes the same data. Run against a database the web app has migrated (the demo users of East Midlands seeded).
\set ON_ERROR_STOP on
SET synchronous_commit = off;

CREATE TEMP TABLE bench_officer AS
SELECT "Id" AS id, "DisplayName" AS name FROM users WHERE "Email" = 'officer.cyberprotect@demo.protecthub.test';

INSERT INTO intelligence_requirements ("Id", "RegionCode", "Code", "Title", "Priority", "Owner", "ReviewOn")
SELECT md5('intel-requirement-' || r)::uuid, CASE WHEN r <= 20 THEN NULL ELSE 'EM' END,
    CASE WHEN r <= 20 THEN 'NIR-B' || lpad(r::text, 2, '0') ELSE 'EM-B' || lpad(r::text, 2, '0') END,
    'Benchmark requirement ' || r, (ARRAY['High','Medium','Low'])[1 + r % 3], 'Bench owner', current_date + 180
FROM generate_series(1, 30) AS r;

INSERT INTO intelligence_reports ("Id", "RegionCode", "Reference", "Edition", "OwningTeam", "Title", "SourceType", "SourceDescription",
    "SourceEvaluation", "Assessment", "Handling", "HandlingConditions", "FullText", "SanitisedText", "ThreatCategories", "Sectors", "ForceCodes",
    "RequirementIds", "Status", "CreatedById", "CreatedByName", "CreatedAt", "SubmittedAt", "FirstSubmittedOn", "ApprovedAt", "ApprovedByName",
    "UpdatedAt", "Version")
SELECT md5('intel-report-' || i)::uuid, 'EM', 'INT-B' || lpad(i::text, 7, '0'), 1,
    (ARRAY['CyberProtect','FraudProtect','CyberPrevent'])[1 + i % 3],
    'Benchmark report ' || i || ': ' || (ARRAY['phishing wave','ransomware scanning','invoice redirection','account takeover','data breach'])[1 + i % 5],
    (ARRAY['IndustryPartner','Victim','OpenSource','OfficerObservation','PreventCasework','OtherAgency'])[1 + i % 6],
    'Bench source ' || (i % 1000),
    CASE WHEN status <> 'Draft' THEN (ARRAY['Reliable','Untested','NotReliable'])[1 + i % 3] END,
    CASE WHEN status <> 'Draft' THEN (ARRAY['A','B','C','D','E'])[1 + i % 5] END,
    CASE WHEN status <> 'Draft' THEN CASE WHEN i % 4 = 0 THEN 'C' ELSE 'P' END END,
    CASE WHEN status <> 'Draft' AND i % 4 = 0 THEN 'UK law enforcement only' END,
    'Full text of benchmark report ' || i || ', naming the source and what they saw in detail.',
    CASE WHEN status <> 'Draft' THEN 'Sanitised text of benchmark report ' || i || '.' END,
    ARRAY[(ARRAY['Phishing','Ransomware','BusinessEmailCompromise','AccountTakeover','DataBreach','DenialOfService','Malware','InvestmentFraud','RomanceFraud','ImpersonationFraud','PurchaseFraud','Sextortion','InsiderThreat','Other'])[1 + (i * 7) % 14]],
    ARRAY[(ARRAY['A','C','F','G','H','I','J','K','M','N','P','Q'])[1 + (i * 5) % 12]],
    ARRAY[(ARRAY['DERBYSHIRE','LEICESTERSHIRE','LINCOLNSHIRE','NORTHANTS','NOTTS'])[1 + i % 5]],
    ARRAY[md5('intel-requirement-' || (1 + i % 30))::uuid],
    status, (SELECT id FROM bench_officer), (SELECT name FROM bench_officer), created,
    CASE WHEN status <> 'Draft' THEN created + interval '1 hour' END,
    CASE WHEN status <> 'Draft' THEN (created + interval '1 hour')::date END,
    CASE WHEN status IN ('Approved', 'Disseminated') THEN created + interval '1 day' END,
    CASE WHEN status IN ('Approved', 'Disseminated') THEN 'Bench supervisor' END,
    created, 1
FROM (
    SELECT i, now() - make_interval(days => (i % 1095), mins => (i % 1440)) AS created,
        CASE WHEN i % 100 < 70 THEN 'Approved' WHEN i % 100 < 85 THEN 'Disseminated' WHEN i % 100 < 95 THEN 'Draft' ELSE 'SubmittedForQa' END AS status
    FROM generate_series(1, :reports) AS i
) r;

-- Statistics before the next inserts: their foreign-key checks are planned from them.
ANALYZE intelligence_reports;

INSERT INTO intelligence_subjects ("ReportId", "RegionCode", "Type", "Value", "Key")
SELECT md5('intel-report-' || i)::uuid, 'EM', s.type, s.value, s.key
FROM generate_series(1, :reports) AS i
CROSS JOIN LATERAL (VALUES
    ('Domain', 'bench-' || (i % (:reports / 5)) || '.example', 'domain:example.bench-' || (i % (:reports / 5))),
    ('IpAddress', '10.' || ((i >> 16) & 255) || '.' || ((i >> 8) & 255) || '.' || (i & 255),
        'ip4:010.' || lpad(((i >> 16) & 255)::text, 3, '0') || '.' || lpad(((i >> 8) & 255)::text, 3, '0') || '.' || lpad((i & 255)::text, 3, '0')),
    ('EmailAddress', 'user' || i || '@bench-' || (i % (:reports / 5)) || '.example', 'user' || i || '@bench-' || (i % (:reports / 5)) || '.example'),
    ('FileHash', md5('hash-a-' || i) || md5('hash-b-' || i), md5('hash-a-' || i) || md5('hash-b-' || i)),
    ('Url', 'https://bench-' || (i % (:reports / 5)) || '.example/login/' || i, 'https://bench-' || (i % (:reports / 5)) || '.example/login/' || i)
) AS s(type, value, key);

-- What approved reports count as, in the financial quarter (April to March) their first edition was submitted.
INSERT INTO intelligence_facets ("ReportId", "RegionCode", "Kind", "Value", "CountedOn", "Quarter")
SELECT r."Id", r."RegionCode", f.kind, f.value, r."FirstSubmittedOn",
    (extract(year FROM r."FirstSubmittedOn")::int - CASE WHEN extract(month FROM r."FirstSubmittedOn") < 4 THEN 1 ELSE 0 END)
        || '-Q' || (((extract(month FROM r."FirstSubmittedOn")::int + 8) % 12) / 3 + 1)
FROM intelligence_reports r
CROSS JOIN LATERAL (VALUES
    ('Report', ''), ('SourceType', r."SourceType"), ('ThreatCategory', r."ThreatCategories"[1]), ('Sector', r."Sectors"[1]),
    ('Force', r."ForceCodes"[1]), ('Requirement', r."RequirementIds"[1]::text)
) AS f(kind, value)
WHERE r."Status" IN ('Approved', 'Disseminated') AND r."Reference" LIKE 'INT-B%';

INSERT INTO lessons ("Id", "RegionCode", "Reference", "Title", "OperationName", "Offence", "AttackType", "AttackPath", "TechniqueIds", "Weakness",
    "Prevention", "Advice", "TopicIds", "InvestigatorName", "Tlp", "Status", "CreatedById", "CreatedByName", "CreatedAt", "UpdatedAt",
    "PublishedByName", "PublishedAt", "SearchText", "Version")
SELECT md5('lesson-' || i)::uuid, region, 'LL-B' || lpad(i::text, 7, '0'), title, 'Operation Bench ' || (i % 997), 'Computer Misuse Act 1990 s.1',
    (ARRAY['Phishing','Ransomware','BusinessEmailCompromise','AccountTakeover','DataBreach','DenialOfService','Malware','InvestmentFraud'])[1 + i % 8],
    'Step by step attack path of benchmark lesson ' || i || '.',
    ARRAY[(ARRAY['T1566.001','T1566.002','T1078','T1486','T1190','T1133','T1110.003','T1059.001','T1021.001','T1204.002'])[1 + i % 10],
          (ARRAY['T1003','T1041','T1071.001','T1547.001','T1027','T1105','T1036','T1562.001'])[1 + i % 8]],
    weakness, prevention, advice,
    ARRAY[(SELECT "Id" FROM managed_list_items WHERE "Kind" = 'Topic' ORDER BY "Name" OFFSET (i % 5) LIMIT 1)],
    'DI, benchmark unit', (ARRAY['Clear','Green','Amber','AmberStrict'])[1 + i % 4], 'Published', md5('nobody')::uuid, 'Bench author',
    published, published, 'Bench reviewer', published,
    lower(title || ' Operation Bench ' || (i % 997) || ' Computer Misuse Act 1990 s.1 ' || weakness || ' ' || prevention || ' ' || advice), 1
FROM (
    SELECT i, (ARRAY['EM','NW','NE','YH','WM','E','LDN','SE','SW','WA'])[1 + i % 10] AS region,
        'Benchmark lesson ' || i || ': ' || (ARRAY['remote access without MFA','invoice redirection','exposed RDP','unpatched VPN','password reuse','malicious macro'])[1 + i % 6] AS title,
        (ARRAY['No multi-factor authentication on remote access','Bank details changed by email alone','RDP open to the internet','VPN appliance left unpatched','Reused passwords','Office macros allowed'])[1 + i % 6] AS weakness,
        (ARRAY['MFA on every remote account','Call-back before any payment change','Close RDP, use a VPN with MFA','Patch edge devices within 14 days','A password manager and unique passwords','Block macros from the internet'])[1 + i % 6] AS prevention,
        'Protect advice ' || i || ': ' || (ARRAY['turn on MFA','verify payment changes by phone','review exposed services','patch promptly','use a password manager','disable macros'])[1 + i % 6] AS advice,
        now() - make_interval(days => (i % 1000), mins => (i % 1440)) AS published
    FROM generate_series(1, :lessons) AS i
) l;

ANALYZE intelligence_reports;
ANALYZE intelligence_subjects;
ANALYZE intelligence_facets;
ANALYZE intelligence_requirements;
ANALYZE lessons;
