-- Issue #20's data set: :requests requests for assistance in East Midlands over three years (10 % awaiting triage,
-- 30 % accepted, 50 % done, 10 % declined or redirected), :materials materials with three versions each (a fifth of
-- them national, held by North West), and :campaigns campaigns with :posts posts and press pieces between them.
-- Deterministic (every value from the row number), so any machine makes the same data. Run against a database the web
-- app has migrated (the demo users of East Midlands seeded). No files are stored: downloads are not measured here.
\set ON_ERROR_STOP on
SET synchronous_commit = off;

CREATE TEMP TABLE bench_officer AS
SELECT "Id" AS id, "DisplayName" AS name FROM users WHERE "Email" = 'officer.cyberprotect@demo.protecthub.test';

INSERT INTO assistance_requests ("Id", "RegionCode", "Reference", "Source", "Category", "Urgency", "Title", "Details", "OrganisationName",
    "RequesterName", "RequesterEmail", "ReceivedAt", "ReceivedOn", "TriageBy", "CompleteBy", "Status", "DueOn", "AssignedOfficerId", "AssignedOfficerName",
    "AssignedTeam", "TriagedAt", "TriagedByName", "TriageReason", "RedirectedTo", "Outcome", "DoneAt", "DoneByName", "CreatedByName",
    "SearchText", "Version")
SELECT md5('request-' || i)::uuid, 'EM', 'RFA-B' || lpad(i::text, 7, '0'),
    (ARRAY['CyberResilienceCentre','Force','PartnerOrganisation','NationalAgency','Public'])[1 + i % 5],
    (ARRAY['TalkOrBriefing','Exercise','IncidentSupport','VictimFollowUp','Media','Other'])[1 + i % 6],
    (ARRAY['Urgent','High','Normal','Low'])[1 + i % 4],
    'Bench request ' || i || ': ' || (ARRAY['phishing talk','tabletop exercise','ransomware advice','victim follow-up','radio interview'])[1 + i % 5],
    'Details of benchmark request ' || i || '.', 'Bench organisation ' || (i % 5000),
    'Requester ' || i, 'requester' || i || '@bench.example', received, received::date, received::date + 5, received::date + 20,
    status, CASE status WHEN 'New' THEN received::date + 5 WHEN 'Accepted' THEN received::date + 20 END,
    CASE WHEN status IN ('Accepted', 'Done') THEN CASE WHEN i % 3 = 0 THEN (SELECT id FROM bench_officer) ELSE md5('bench-officer-' || (i % 12))::uuid END END,
    CASE WHEN status IN ('Accepted', 'Done') THEN CASE WHEN i % 3 = 0 THEN (SELECT name FROM bench_officer) ELSE 'Bench officer ' || (i % 12) END END,
    CASE WHEN status IN ('Accepted', 'Done') AND i % 7 = 0 THEN 'CyberProtect' END,
    CASE WHEN status <> 'New' THEN received + interval '1 day' END,
    CASE WHEN status <> 'New' THEN 'Bench supervisor' END,
    CASE WHEN status IN ('Declined', 'Redirected') THEN 'Outside what the team does' END,
    CASE WHEN status = 'Redirected' THEN 'The force cyber crime unit' END,
    CASE WHEN status = 'Done' THEN 'Delivered as asked.' END,
    CASE WHEN status = 'Done' THEN received + interval '10 days' END,
    CASE WHEN status = 'Done' THEN 'Bench officer' END,
    'Bench', lower('RFA-B' || lpad(i::text, 7, '0') || ' bench request ' || i || ' bench organisation ' || (i % 5000) || ' requester ' || i), 1
FROM (
    SELECT i, now() - make_interval(days => (i % 1095), mins => (i % 1440)) AS received,
        CASE WHEN i % 100 < 10 THEN 'New' WHEN i % 100 < 40 THEN 'Accepted' WHEN i % 100 < 90 THEN 'Done' WHEN i % 100 < 95 THEN 'Declined' ELSE 'Redirected' END AS status
    FROM generate_series(1, :requests) AS i
) r;

INSERT INTO materials ("Id", "RegionCode", "Title", "Description", "Kind", "AudienceTypes", "TopicIds", "CampaignIds", "LessonIds", "OwnerId", "OwnerName",
    "IsNational", "Tlp", "ReviewBy", "CurrentVersionId", "VersionCount", "Downloads", "IsRetired", "CreatedAt", "UpdatedAt", "SearchText", "Version")
SELECT md5('material-' || m)::uuid, CASE WHEN m % 5 = 0 THEN 'NW' ELSE 'EM' END,
    'Bench material ' || m || ': ' || (ARRAY['phishing slides','ransomware leaflet','exercise pack','passwords poster','fraud briefing'])[1 + m % 5],
    'How to use benchmark material ' || m || '.',
    (ARRAY['Presentation','Leaflet','ExercisePack','Poster','Other'])[1 + m % 5], ARRAY[m % 9], ARRAY[]::uuid[], ARRAY[]::uuid[], ARRAY[]::uuid[],
    (SELECT id FROM bench_officer), (SELECT name FROM bench_officer), m % 5 = 0, (ARRAY['Clear','Green','Amber'])[1 + m % 3],
    current_date + (m % 400) - 30, md5('material-version-' || m || '-3')::uuid, 3, m % 50, m % 20 = 7,
    now() - make_interval(days => (m % 1000)), now() - make_interval(days => (m % 1000)),
    lower('Bench material ' || m || ': ' || (ARRAY['phishing slides','ransomware leaflet','exercise pack','passwords poster','fraud briefing'])[1 + m % 5] || ' How to use benchmark material ' || m || '.'), 1
FROM generate_series(1, :materials) AS m;

INSERT INTO material_versions ("Id", "MaterialId", "RegionCode", "Number", "FileName", "ContentType", "Size", "Sha256", "FileId", "UploadedAt", "UploadedByName", "Downloads")
SELECT md5('material-version-' || m || '-' || v)::uuid, md5('material-' || m)::uuid, CASE WHEN m % 5 = 0 THEN 'NW' ELSE 'EM' END, v,
    'bench-' || m || '-v' || v || '.pdf', 'application/pdf', 100000 + m, md5('sha-a-' || m || v) || md5('sha-b-' || m || v), md5('file-' || m || '-' || v)::uuid,
    now() - make_interval(days => (m % 1000) + (3 - v) * 30), 'Bench officer', m % 17
FROM generate_series(1, :materials) AS m CROSS JOIN generate_series(1, 3) AS v;

INSERT INTO campaigns ("Id", "RegionCode", "Title", "Aims", "StartsOn", "EndsOn", "AudienceTypes", "ForceCodes", "TopicIds", "OwnerId", "OwnerName", "CreatedAt", "SearchText", "Version")
SELECT md5('campaign-' || c)::uuid, 'EM', 'Bench campaign ' || c, 'Aims of benchmark campaign ' || c || '.',
    current_date - 1000 + c * 2, current_date - 1000 + c * 2 + 60, ARRAY[c % 9], ARRAY[]::text[], ARRAY[]::uuid[],
    (SELECT id FROM bench_officer), (SELECT name FROM bench_officer), now() - make_interval(days => 1000 - c * 2),
    lower('Bench campaign ' || c || ' Aims of benchmark campaign ' || c || '.'), 1
FROM generate_series(1, :campaigns) AS c;

INSERT INTO campaign_posts ("Id", "RegionCode", "CampaignId", "Channel", "ScheduledOn", "Text", "Status", "PublishedOn", "Reach", "Interactions", "CreatedAt", "CreatedByName")
SELECT md5('campaign-post-' || p)::uuid, 'EM', md5('campaign-' || c)::uuid,
    (ARRAY['X','Facebook','Instagram','LinkedIn','Nextdoor','PressRelease'])[1 + p % 6], day,
    'Benchmark post ' || p || ': stop, challenge, protect.', status,
    CASE WHEN status = 'Published' THEN day END, CASE WHEN status = 'Published' THEN 100 + p % 5000 END, CASE WHEN status = 'Published' THEN p % 300 END,
    now(), 'Bench officer'
FROM (
    SELECT p, 1 + (p - 1) % :campaigns AS c, current_date - 1000 + (1 + (p - 1) % :campaigns) * 2 + (p % 61) AS day,
        CASE WHEN current_date - 1000 + (1 + (p - 1) % :campaigns) * 2 + (p % 61) > current_date THEN 'Planned' WHEN p % 20 = 0 THEN 'Cancelled' ELSE 'Published' END AS status
    FROM generate_series(1, :posts) AS p
) x;

ANALYZE assistance_requests;
ANALYZE materials;
ANALYZE material_versions;
ANALYZE campaigns;
ANALYZE campaign_posts;
