using Npgsql;

namespace ProtectHub.Performance.Benchmarks;

/// <summary>
/// The regional return as a person fluent in SQL would write it for PostgreSQL: one query per kind of record, the
/// totals and every breakdown in one pass with GROUPING SETS, FILTER clauses for the conditions and percentile_cont for
/// the median. Its totals are checked against the engine's, so the comparison is of like with like.
/// </summary>
internal static class HandWrittenReturn
{
    public static readonly (string Name, string Sql)[] Queries =
    [
        ("engagements", """
            SELECT "Kind", "ForceCode", "Team",
                   count(*) FILTER (WHERE "Status" IN ('Delivered', 'Reviewed')) AS delivered,
                   sum("PeopleReached") FILTER (WHERE "Status" IN ('Delivered', 'Reviewed')) AS people
            FROM engagements WHERE "RegionCode" = @region AND "StartsAt" >= @from AND "StartsAt" < @to
            GROUP BY GROUPING SETS ((), ("Kind"), ("ForceCode"), ("Team"))
            """),
        ("audiences", """
            SELECT a, count(*) FROM engagements e, unnest(e."AudienceTypes") a
            WHERE e."RegionCode" = @region AND e."StartsAt" >= @from AND e."StartsAt" < @to AND e."Status" IN ('Delivered', 'Reviewed')
            GROUP BY GROUPING SETS ((), (a))
            """),
        ("organisations", """
            WITH engaged AS (
                SELECT DISTINCT unnest("OrganisationIds") AS id FROM engagements
                WHERE "RegionCode" = @region AND "StartsAt" >= @from AND "StartsAt" < @to AND "Status" IN ('Delivered', 'Reviewed'))
            SELECT o."Sector", o."Size", o."ForceCode", o."Kind", count(*) AS engaged,
                   count(*) FILTER (WHERE o."Size" IN ('Micro', 'Small', 'Medium')) AS smes
            FROM organisations o JOIN engaged ON o."Id" = engaged.id WHERE o."RegionCode" = @region
            GROUP BY GROUPING SETS ((), (o."Sector"), (o."Size"), (o."ForceCode"), (o."Kind"))
            """),
        ("memberships", """
            SELECT m."Kind", o."ForceCode", o."Sector", count(*) FROM organisation_memberships m JOIN organisations o ON o."Id" = m."OrganisationId"
            WHERE o."RegionCode" = @region AND o."MergedIntoId" IS NULL AND m."StartedOn" >= @fromDay AND m."StartedOn" <= @toDay
              AND m."Kind" IN ('InformationSharingCommunity', 'CyberResilienceCentre')
            GROUP BY GROUPING SETS ((m."Kind"), (m."Kind", o."ForceCode"), (m."Kind", o."Sector"))
            """),
        ("feedback responses", """
            SELECT e."ForceCode", e."Team", e."Kind", count(*) FROM feedback_responses r JOIN engagements e ON e."Id" = r."EngagementId"
            WHERE r."RegionCode" = @region AND e."StartsAt" >= @from AND e."StartsAt" < @to
            GROUP BY GROUPING SETS ((), (e."ForceCode"), (e."Team"), (e."Kind"))
            """),
        ("feedback ratings", """
            SELECT t."TopicId", e."Team", e."Kind", avg(t."After" - t."Before") AS uplift, count(*)
            FROM feedback_topic_ratings t JOIN feedback_responses r ON r."Id" = t."ResponseId" JOIN engagements e ON e."Id" = r."EngagementId"
            WHERE r."RegionCode" = @region AND e."StartsAt" >= @from AND e."StartsAt" < @to
            GROUP BY GROUPING SETS ((), (t."TopicId"), (e."Team"), (e."Kind"))
            """),
        ("follow-up actions", """
            SELECT e."Team", e."ForceCode", count(*) FILTER (WHERE a."CompletedAt" IS NOT NULL) AS completed
            FROM follow_up_actions a JOIN engagements e ON e."Id" = a."EngagementId"
            WHERE a."RegionCode" = @region AND a."DueOn" >= @fromDay AND a."DueOn" <= @toDay
            GROUP BY GROUPING SETS ((), (e."Team"), (e."ForceCode"))
            """),
        ("referrals", """
            SELECT "ForceCode", "OffenceCategory", "Team", "VictimType",
                   count(*) AS received,
                   count(*) FILTER (WHERE "FirstContactAt" IS NOT NULL) AS contacted,
                   count(*) FILTER (WHERE "ContactedInTime") AS in_time,
                   round(100.0 * count(*) FILTER (WHERE "ContactedInTime") / nullif(count(*) FILTER (WHERE "FirstContactAt" IS NOT NULL), 0), 1) AS in_time_share,
                   count(*) FILTER (WHERE "Closure" = 'Uncontactable') AS uncontactable,
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY "FirstContactWorkingDays") FILTER (WHERE "FirstContactAt" IS NOT NULL) AS median_days,
                   round(100.0 * count(*) FILTER (WHERE "EarlierReports" > 0) / count(*), 1) AS repeat_rate,
                   sum("AmountLost") AS lost, avg("Satisfaction") AS satisfaction
            FROM victim_referrals WHERE "RegionCode" = @region AND "ReceivedAt" >= @from AND "ReceivedAt" < @to
            GROUP BY GROUPING SETS ((), ("ForceCode"), ("OffenceCategory"), ("Team"), ("VictimType"))
            """),
        ("advice and signposting", """
            SELECT item, kind, "OffenceCategory", count(*) FROM (
                SELECT unnest("AdviceGiven") AS item, 'Advice' AS kind, "OffenceCategory" FROM victim_referrals
                WHERE "RegionCode" = @region AND "ReceivedAt" >= @from AND "ReceivedAt" < @to
                UNION ALL
                SELECT unnest("Signposted"), 'Signpost', "OffenceCategory" FROM victim_referrals
                WHERE "RegionCode" = @region AND "ReceivedAt" >= @from AND "ReceivedAt" < @to) given
            GROUP BY GROUPING SETS ((), (item), (kind), ("OffenceCategory"))
            """),
    ];

    /// <summary>Runs every query; returns the grand-total rows of some, keyed "query.column", for the cross-check.</summary>
    public static async Task<Dictionary<string, double?>> RunAsync(NpgsqlDataSource source, string region, DateTimeOffset from, DateTimeOffset to, DateOnly fromDay, DateOnly toDay)
    {
        var totals = new Dictionary<string, double?>();
        await using var connection = await source.OpenConnectionAsync();
        foreach (var (name, sql) in Queries)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            command.Parameters.AddWithValue("region", region);
            command.Parameters.AddWithValue("from", from);
            command.Parameters.AddWithValue("to", to);
            command.Parameters.AddWithValue("fromDay", fromDay);
            command.Parameters.AddWithValue("toDay", toDay);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                // The grand total is the row whose keys (the text and id columns) are all null; the data set has no null keys.
                var keys = Enumerable.Range(0, reader.FieldCount).Where(i => reader.GetFieldType(i) == typeof(string) || reader.GetFieldType(i) == typeof(Guid) || reader.GetFieldType(i) == typeof(char)).ToList();
                if (keys.All(reader.IsDBNull))
                {
                    for (var i = 0; i < reader.FieldCount; i++)
                    {
                        if (!keys.Contains(i))
                        {
                            totals[$"{name}.{reader.GetName(i)}"] = reader.IsDBNull(i) ? null : Convert.ToDouble(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
                        }
                    }
                }
            }
        }

        return totals;
    }
}
