using Npgsql;
using NpgsqlTypes;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Victims;

/// <summary>
/// Writes new referrals (and the links found between them) with PostgreSQL's binary COPY: an import of hundreds of thousands of rows inserts at the speed
/// of COPY instead of one INSERT a row. It runs inside the import chunk's transaction, so a chunk is still all or
/// nothing with its ledger entry. The columns are those an import sets; the rest take their defaults (null, 0, empty).
/// </summary>
internal static class ReferralCopy
{
    private const string Command = """
        COPY victim_referrals ("Id", "RegionCode", "ForceCode", "CrimeReference", "ReportedOn", "OffenceOn", "VictimType", "FullName",
            "OrganisationName", "DateOfBirth", "Email", "Phone", "AddressLine1", "Town", "Postcode", "OffenceCategory", "AmountLost", "Summary",
            "VulnerabilityFlags", "Team", "Status", "Priority", "PriorityReasons", "ReceivedAt", "FirstContactDueOn", "FailedAttempts",
            "AdviceGiven", "Signposted", "EarlierReports", "ImportId", "RowHash", "UpdatedAt")
        FROM STDIN (FORMAT BINARY)
        """;

    public static async Task WriteAsync(NpgsqlConnection connection, IReadOnlyList<VictimReferral> referrals, CancellationToken ct)
    {
        await using var copy = await connection.BeginBinaryImportAsync(Command, ct);
        foreach (var r in referrals)
        {
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(r.Id, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(r.RegionCode, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(r.ForceCode, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(r.CrimeReference, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(r.ReportedOn, NpgsqlDbType.Date, ct);
            await copy.WriteNullableAsync(r.OffenceOn, NpgsqlDbType.Date, ct);
            await copy.WriteAsync(r.VictimType.ToString(), NpgsqlDbType.Varchar, ct);
            await copy.WriteTextAsync(r.FullName, ct);
            await copy.WriteTextAsync(r.OrganisationName, ct);
            await copy.WriteNullableAsync(r.DateOfBirth, NpgsqlDbType.Date, ct);
            await copy.WriteTextAsync(r.Email, ct);
            await copy.WriteTextAsync(r.Phone, ct);
            await copy.WriteTextAsync(r.AddressLine1, ct);
            await copy.WriteTextAsync(r.Town, ct);
            await copy.WriteTextAsync(r.Postcode, ct);
            await copy.WriteAsync(r.OffenceCategory.ToString(), NpgsqlDbType.Varchar, ct);
            await copy.WriteNullableAsync(r.AmountLost, NpgsqlDbType.Numeric, ct);
            await copy.WriteTextAsync(r.Summary, ct);
            await copy.WriteAsync(r.VulnerabilityFlags, NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
            await copy.WriteAsync(r.Team.ToString(), NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(r.Status.ToString(), NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(r.Priority, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(r.PriorityReasons, NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
            await copy.WriteAsync(r.ReceivedAt, NpgsqlDbType.TimestampTz, ct);
            await copy.WriteAsync(r.FirstContactDueOn, NpgsqlDbType.Date, ct);
            await copy.WriteAsync(r.FailedAttempts, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(r.AdviceGiven, NpgsqlDbType.Array | NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(r.Signposted, NpgsqlDbType.Array | NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(r.EarlierReports, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(r.ImportId, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(r.RowHash, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(r.UpdatedAt, NpgsqlDbType.TimestampTz, ct);
        }

        await copy.CompleteAsync(ct);
    }

    private const string LinkCommand = """
        COPY referral_links ("Id", "RegionCode", "ReferralId", "EarlierReferralId", "MatchProbability", "Explanation", "Decision", "FoundAt")
        FROM STDIN (FORMAT BINARY)
        """;

    /// <summary>Writes the links an import's linkage found, by binary COPY: a million-row list can find 100,000 of them.</summary>
    public static async Task WriteLinksAsync(NpgsqlConnection connection, IReadOnlyList<ReferralLink> links, CancellationToken ct)
    {
        await using var copy = await connection.BeginBinaryImportAsync(LinkCommand, ct);
        foreach (var l in links)
        {
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(l.Id, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(l.RegionCode, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(l.ReferralId, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(l.EarlierReferralId, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(l.MatchProbability, NpgsqlDbType.Double, ct);
            await copy.WriteAsync(l.Explanation, NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
            await copy.WriteAsync(l.Decision.ToString(), NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(l.FoundAt, NpgsqlDbType.TimestampTz, ct);
        }

        await copy.CompleteAsync(ct);
    }

    /// <summary>Writes re-scored priorities back: to a temporary table by binary COPY, then one UPDATE.</summary>
    public static async Task UpdateScoresAsync(NpgsqlConnection connection, IReadOnlyList<VictimReferral> referrals, CancellationToken ct)
    {
        await using (var create = new NpgsqlCommand(
            "CREATE TEMP TABLE referral_scores (\"Id\" uuid, \"EarlierReports\" integer, \"Priority\" integer, \"PriorityReasons\" text[]) ON COMMIT DROP", connection))
        {
            await create.ExecuteNonQueryAsync(ct);
        }

        await using (var copy = await connection.BeginBinaryImportAsync("COPY referral_scores FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var r in referrals)
            {
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(r.Id, NpgsqlDbType.Uuid, ct);
                await copy.WriteAsync(r.EarlierReports, NpgsqlDbType.Integer, ct);
                await copy.WriteAsync(r.Priority, NpgsqlDbType.Integer, ct);
                await copy.WriteAsync(r.PriorityReasons, NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
            }

            await copy.CompleteAsync(ct);
        }

        await using var update = new NpgsqlCommand("""
            UPDATE victim_referrals r SET "EarlierReports" = s."EarlierReports", "Priority" = s."Priority", "PriorityReasons" = s."PriorityReasons"
            FROM referral_scores s WHERE r."Id" = s."Id"
            """, connection);
        await update.ExecuteNonQueryAsync(ct);
    }
}
