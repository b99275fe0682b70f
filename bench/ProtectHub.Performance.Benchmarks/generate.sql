-- The performance benchmark's data set, generated in SQL (seconds, not minutes): East Midlands records spread evenly
-- over April 2021 to November 2026 (about 23 quarters), so one quarter holds about 44,000 engagements and 130,000
-- referrals. Variables: :engagements, :referrals, :organisations. The values cycle through every enum so that every
-- breakdown has groups; the numbers are plausible, not realistic.
\set ON_ERROR_STOP on
SELECT setseed(0.42);
SET synchronous_commit = off;

CREATE TEMP TABLE bench_forces AS SELECT * FROM (VALUES (0, 'DERBYSHIRE'), (1, 'LEICESTERSHIRE'), (2, 'LINCOLNSHIRE'), (3, 'NORTHANTS'), (4, 'NOTTS')) f(n, code);
CREATE TEMP TABLE bench_lead AS SELECT "Id" AS id FROM users WHERE "RegionCode" = 'EM' ORDER BY "Email" LIMIT 1;
CREATE TEMP TABLE bench_topics AS SELECT row_number() OVER (ORDER BY "Id") - 1 AS n, "Id" AS id FROM managed_list_items WHERE "Kind" = 'Topic';
CREATE TEMP TABLE bench_advice AS SELECT row_number() OVER (ORDER BY "Id") - 1 AS n, "Id" AS id, "Kind" AS kind FROM advice_items;

\echo organisations
INSERT INTO organisations ("Id", "RegionCode", "Name", "NormalisedName", "Kind", "Sector", "Size", "ForceCode", "Postcode", "CreatedAt")
SELECT gen_random_uuid(), 'EM', 'Bench organisation ' || g, 'bench organisation ' || g,
       (ARRAY['Business','Business','Business','Charity','Education','PublicBody','TradeBody','Other'])[1 + g % 8],
       substr('ABCDEFGHIJKLMNOPQRSTU', 1 + g % 21, 1),
       (ARRAY['Micro','Micro','Small','Medium','Large'])[1 + g % 5],
       (SELECT code FROM bench_forces WHERE n = g % 5), 'LE1 1AA', timestamptz '2021-01-01' + g * interval '1 minute'
FROM generate_series(1, :organisations) g;
CREATE TEMP TABLE bench_orgs AS SELECT row_number() OVER (ORDER BY "Id") - 1 AS n, "Id" AS id FROM organisations WHERE "Name" LIKE 'Bench organisation %';
CREATE UNIQUE INDEX ON bench_orgs (n);

\echo memberships
INSERT INTO organisation_memberships ("Id", "OrganisationId", "Kind", "StartedOn", "RecordedAt")
SELECT gen_random_uuid(), o.id, (ARRAY['InformationSharingCommunity','CyberResilienceCentre','PoliceCyberAlarm','CyberEssentials','CyberEssentialsPlus'])[1 + o.n % 5],
       date '2021-04-01' + (o.n * 37 % 2060)::int, now()
FROM bench_orgs o WHERE o.n % 2 = 0;

\echo engagements
INSERT INTO engagements ("Id", "RegionCode", "Title", "Kind", "StartsAt", "DurationMinutes", "IsOnline", "ForceCode", "Team", "LeadOfficerId",
    "LeadOfficerName", "AudienceTypes", "TopicIds", "CampaignIds", "OrganisationIds", "Status", "PeopleReached", "CreatedAt", "RegistrationClosed",
    "Sectors", "SupportingOfficerIds")
SELECT gen_random_uuid(), 'EM', 'Bench engagement ' || g,
       (ARRAY['Presentation','Briefing','Workshop','Exercise','Webinar','ConferenceStand','OneToOneAdvice','VictimGroupSession','MediaPost','Other'])[1 + g % 10],
       s.at, 60, g % 4 = 0, (SELECT code FROM bench_forces WHERE n = g % 5), (ARRAY['CyberProtect','CyberPrevent','FraudProtect'])[1 + g % 3],
       (SELECT id FROM bench_lead), 'Bench lead',
       ARRAY[(ARRAY['SmeStaff','LargeBusiness','PublicSector','Charity','EducationStaff','StudentsAndYoungPeople','OlderPeople','GeneralPublic','LawEnforcement'])[1 + g % 9]]
         || CASE WHEN g % 3 = 0 THEN ARRAY['GeneralPublic'] ELSE ARRAY[]::text[] END,
       ARRAY[]::uuid[], ARRAY[]::uuid[],
       ARRAY[(SELECT id FROM bench_orgs WHERE n = (g::bigint * 7919) % :organisations)] || CASE WHEN g % 2 = 0 THEN ARRAY[(SELECT id FROM bench_orgs WHERE n = (g::bigint * 104729) % :organisations)] ELSE ARRAY[]::uuid[] END,
       s.status, CASE WHEN s.status IN ('Delivered', 'Reviewed') THEN 5 + g % 200 END, s.at, false, ARRAY[]::text[], ARRAY[]::uuid[]
FROM generate_series(1, :engagements) g,
     LATERAL (SELECT timestamptz '2021-04-01 09:00+01' + (g::float8 / :engagements) * interval '2068 days' AS at,
                     (ARRAY['Delivered','Delivered','Delivered','Delivered','Delivered','Delivered','Delivered','Reviewed','Planned','Cancelled'])[1 + g % 10] AS status) s;

\echo feedback
CREATE TEMP TABLE bench_feedback AS
SELECT gen_random_uuid() AS id, e."Id" AS engagement, e."StartsAt" + interval '1 day' AS at, row_number() OVER () AS n
FROM engagements e WHERE e."Status" IN ('Delivered', 'Reviewed') AND e."Title" LIKE 'Bench engagement %' AND hashtext(e."Id"::text) % 4 = 0;
INSERT INTO feedback_responses ("Id", "RegionCode", "EngagementId", "SubmissionId", "SubmittedAt") SELECT id, 'EM', engagement, gen_random_uuid(), at FROM bench_feedback;
INSERT INTO feedback_topic_ratings ("Id", "ResponseId", "TopicId", "Before", "After")
SELECT gen_random_uuid(), f.id, (SELECT id FROM bench_topics WHERE n = (f.n + k) % (SELECT count(*) FROM bench_topics)), 1 + (f.n + k) % 3, 3 + (f.n + k) % 3
FROM bench_feedback f, generate_series(0, 1) k;

\echo follow-up actions
INSERT INTO follow_up_actions ("Id", "RegionCode", "EngagementId", "Description", "OwnerId", "OwnerName", "DueOn", "CompletedAt")
SELECT gen_random_uuid(), 'EM', e."Id", 'Bench action', (SELECT id FROM bench_lead), 'Bench lead', (e."StartsAt" + interval '14 days')::date,
       CASE WHEN hashtext(e."Id"::text) % 3 <> 0 THEN e."StartsAt" + interval '10 days' END
FROM engagements e WHERE e."Title" LIKE 'Bench engagement %' AND hashtext(e."Id"::text) % 5 = 0;

\echo referrals
INSERT INTO victim_referrals ("Id", "RegionCode", "ForceCode", "CrimeReference", "ReportedOn", "VictimType", "FullName", "OffenceCategory", "AmountLost",
    "VulnerabilityFlags", "Team", "Status", "Priority", "PriorityReasons", "ReceivedAt", "FirstContactDueOn", "FirstContactAt", "FailedAttempts",
    "ClosedAt", "Closure", "AdviceGiven", "Signposted", "EarlierReports", "ImportId", "RowHash", "UpdatedAt", "Satisfaction", "ContactedInTime",
    "FirstContactWorkingDays", "EscalatedAt")
SELECT gen_random_uuid(), 'EM', (SELECT code FROM bench_forces WHERE n = g % 5), 'NFRB' || lpad(g::text, 10, '0'), s.at::date,
       CASE WHEN g % 10 = 0 THEN 'Organisation' ELSE 'Individual' END, 'Bench victim ' || g, s.offence,
       CASE WHEN g % 3 = 0 THEN NULL ELSE (g % 5000) + 0.5 END,
       CASE WHEN g % 17 = 0 THEN ARRAY['Aged 75 or over'] ELSE ARRAY[]::text[] END,
       CASE WHEN s.offence IN ('HackingSocialMediaOrEmail','HackingServer','Malware','Ransomware','DenialOfService','ExtortionAndSextortion') THEN 'CyberProtect' ELSE 'FraudProtect' END,
       s.status, g % 60, ARRAY[]::text[], s.at, (s.at + interval '7 days')::date,
       CASE WHEN s.contacted THEN s.at + (g % 9) * interval '1 day' END, CASE WHEN s.status = 'Closed' AND NOT s.contacted THEN 3 ELSE 0 END,
       CASE WHEN s.status = 'Closed' THEN s.at + interval '20 days' END,
       CASE WHEN s.status = 'Closed' THEN CASE WHEN s.contacted THEN 'AdviceGiven' ELSE 'Uncontactable' END END,
       CASE WHEN s.contacted THEN ARRAY[(SELECT id FROM bench_advice WHERE kind = 'Advice' ORDER BY n OFFSET g % 4 LIMIT 1)] ELSE ARRAY[]::uuid[] END,
       CASE WHEN s.contacted AND g % 2 = 0 THEN ARRAY[(SELECT id FROM bench_advice WHERE kind = 'Signpost' ORDER BY n OFFSET g % 5 LIMIT 1)] ELSE ARRAY[]::uuid[] END,
       CASE WHEN g % 11 = 0 THEN 1 ELSE 0 END, '00000000-0000-0000-0000-000000000000', 'bench', s.at,
       CASE WHEN s.contacted AND g % 13 = 0 THEN 1 + g % 5 END,
       CASE WHEN s.contacted THEN (g % 9) <= 5 END, CASE WHEN s.contacted THEN (g % 9) * 5 / 7 END,
       CASE WHEN g % 97 = 0 THEN s.at + interval '2 days' END
FROM generate_series(1, :referrals) g,
     LATERAL (SELECT timestamptz '2021-04-01 08:00+01' + (g::float8 / :referrals) * interval '2068 days' AS at,
                     (ARRAY['HackingSocialMediaOrEmail','HackingServer','Malware','Ransomware','DenialOfService','ExtortionAndSextortion','OnlineShoppingFraud',
                            'RomanceFraud','InvestmentFraud','CourierFraud','MandateOrCeoFraud','TicketFraud','AdvanceFeeFraud','Other'])[1 + g % 14] AS offence,
                     g % 10 < 8 AS contacted,
                     (ARRAY['Contacted','Closed','Contacted','Closed','Contacted','Closed','Contacted','Closed','New','Closed'])[1 + g % 10] AS status) s;

\echo close referrals older than two months, as a region works through them (the queue holds the recent weeks)
UPDATE victim_referrals SET "Status" = 'Closed', "ClosedAt" = "ReceivedAt" + interval '20 days',
       "Closure" = CASE WHEN "FirstContactAt" IS NOT NULL THEN 'AdviceGiven' ELSE 'Uncontactable' END
WHERE "Status" <> 'Closed' AND "ReceivedAt" < timestamptz '2026-10-01 00:00+01';

\echo remove personal details of referrals closed more than 24 months ago, as the daily retention rule has done over the years
UPDATE victim_referrals SET "FullName" = NULL,
       "OrganisationName" = CASE WHEN "VictimType" = 'Individual' THEN NULL ELSE "OrganisationName" END,
       "DateOfBirth" = NULL, "Email" = NULL, "Phone" = NULL, "AddressLine1" = NULL, "Town" = NULL,
       "Postcode" = split_part("Postcode", ' ', 1), "Summary" = NULL, "VulnerabilityFlags" = '{}', "SafeguardingReason" = NULL,
       "ClosureReason" = NULL, "SatisfactionComments" = NULL, "AnonymisedAt" = "ClosedAt" + interval '24 months', "UpdatedAt" = "ClosedAt" + interval '24 months'
WHERE "Status" = 'Closed' AND "AnonymisedAt" IS NULL AND "ClosedAt" < now() - interval '24 months';

\echo analyse
ANALYZE;
