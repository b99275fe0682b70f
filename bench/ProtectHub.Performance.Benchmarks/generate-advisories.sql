-- Issue #19's data set, in a database of its own (run.sh --advisories): :recipients organisations of East Midlands in
-- the information-sharing community, each with one contact who may be emailed (the audience of a TLP:GREEN advisory to
-- the community), and :advisories issued TLP:GREEN advisories carrying :indicators indicators between them (domains,
-- IP addresses, URLs, email addresses and file hashes), which the TAXII server pages through.
-- Needs the schema (the web app applies the migrations). Ids are md5('kind-' || n)::uuid so the benchmark can name rows.
\set ON_ERROR_STOP on
SET client_min_messages = warning;
CREATE TEMP TABLE bench_forces AS SELECT * FROM (VALUES (0, 'DERBYSHIRE'), (1, 'LEICESTERSHIRE'), (2, 'LINCOLNSHIRE'), (3, 'NORTHANTS'), (4, 'NOTTS')) f(n, code);

\echo organisations
INSERT INTO organisations ("Id", "RegionCode", "Name", "NormalisedName", "Kind", "Sector", "Size", "ForceCode", "Postcode", "CreatedAt")
SELECT md5('advisory-organisation-' || g)::uuid, 'EM', 'Advisory bench organisation ' || g, 'advisory bench organisation ' || g,
       (ARRAY['Business','Business','Business','Charity','Education','PublicBody','TradeBody','Other'])[1 + g % 8],
       substr('ABCDEFGHIJKLMNOPQRSTU', 1 + g % 21, 1), (ARRAY['Micro','Micro','Small','Medium','Large'])[1 + g % 5],
       (SELECT code FROM bench_forces WHERE n = g % 5), 'NG1 1AA', timestamptz '2024-01-01' + g * interval '1 minute'
FROM generate_series(1, :recipients) g;

\echo memberships of the information-sharing community
INSERT INTO organisation_memberships ("Id", "OrganisationId", "Kind", "StartedOn", "RecordedAt")
SELECT md5('advisory-membership-' || g)::uuid, md5('advisory-organisation-' || g)::uuid, 'InformationSharingCommunity', date '2024-04-01', now()
FROM generate_series(1, :recipients) g;

\echo contacts
INSERT INTO contacts ("Id", "RegionCode", "OrganisationId", "FullName", "JobRole", "Email", "NormalisedEmail", "LawfulBasis", "AcceptsEmail", "AcceptsPhone",
    "AcceptsPost", "OptedOut", "CreatedAt")
SELECT md5('advisory-contact-' || g)::uuid, 'EM', md5('advisory-organisation-' || g)::uuid, 'Recipient ' || g, 'IT manager',
       'recipient-' || g || '@bench-' || g || '.example', 'recipient-' || g || '@bench-' || g || '.example', 'LegitimateInterests', true, false, false, false,
       timestamptz '2024-01-01' + g * interval '1 minute'
FROM generate_series(1, :recipients) g;

\echo issued advisories
INSERT INTO advisories ("Id", "RegionCode", "Reference", "Edition", "Title", "Summary", "RecommendedActions", "Sectors", "ForceCodes", "Severity", "Source", "Tlp",
    "IntelligenceReportIds", "LessonIds", "ToCommunity", "ToMemberships", "ToSectors", "ToSizes", "ToForces", "ToContactIds", "Status", "CreatedById",
    "CreatedByName", "CreatedAt", "UpdatedAt", "ApprovedByName", "ApprovedAt", "IssuedAt", "LinkBase")
SELECT md5('advisory-' || g)::uuid, 'EM', 'ADV-B' || lpad(g::text, 6, '0'), 1, 'Bench advisory ' || g,
       'Criminals are sending fake invoices from look-alike supplier domains (bench ' || g || ').',
       'Check any change of bank details by phone, using a number you already hold.', ARRAY[]::text[], ARRAY[]::text[],
       (ARRAY['Low','Medium','High','Critical'])[1 + g % 4], (ARRAY['Ncsc','Nca','NationalFraudIntelligenceBureau','OwnInvestigation','Partner'])[1 + g % 5], 'Green',
       ARRAY[]::uuid[], ARRAY[]::uuid[], true, ARRAY[]::text[], ARRAY[]::text[], ARRAY[]::text[], ARRAY[]::text[], ARRAY[]::uuid[], 'Issued',
       md5('advisory-author')::uuid, 'Bench author', at, at, 'Bench supervisor', at, at, 'https://protecthub.example'
FROM generate_series(1, :advisories) g, LATERAL (SELECT timestamptz '2025-01-01' + g * interval '2 hours' AS at) t;

\echo indicators
INSERT INTO advisory_indicators ("AdvisoryId", "RegionCode", "Type", "Value", "Key")
SELECT md5('advisory-' || (1 + g % :advisories))::uuid, 'EM',
       (ARRAY['Domain','IpAddress','Url','EmailAddress','FileHash'])[1 + g % 5],
       CASE g % 5
         WHEN 0 THEN 'login-' || g || '.bench-invoices.example'
         WHEN 1 THEN '10.' || (g / 65536 % 256) || '.' || (g / 256 % 256) || '.' || (g % 256)
         WHEN 2 THEN 'https://pay-' || g || '.bench-parcels.example/track?id=' || g
         WHEN 3 THEN 'billing-' || g || '@bench-suppliers.example'
         ELSE md5('hash-a-' || g) || md5('hash-b-' || g) END,
       CASE g % 5
         WHEN 0 THEN 'domain:example.bench-invoices.login-' || g
         WHEN 1 THEN 'ip4:010.' || lpad((g / 65536 % 256)::text, 3, '0') || '.' || lpad((g / 256 % 256)::text, 3, '0') || '.' || lpad((g % 256)::text, 3, '0')
         WHEN 2 THEN 'https://pay-' || g || '.bench-parcels.example/track?id=' || g
         WHEN 3 THEN 'billing-' || g || '@bench-suppliers.example'
         ELSE md5('hash-a-' || g) || md5('hash-b-' || g) END
FROM generate_series(1, :indicators) g;
