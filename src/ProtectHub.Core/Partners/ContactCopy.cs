using Npgsql;
using NpgsqlTypes;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Partners;

/// <summary>
/// Writes imported contacts with PostgreSQL's binary COPY, inside the import chunk's transaction: one statement a chunk
/// instead of an INSERT a contact, so the search-word trigger also runs once a chunk.
/// </summary>
internal static class ContactCopy
{
    private const string Command = """
        COPY contacts ("Id", "RegionCode", "OrganisationId", "FullName", "JobRole", "Email", "NormalisedEmail", "Phone", "LawfulBasis",
            "ConsentGivenOn", "ConsentMethod", "AcceptsEmail", "AcceptsPhone", "AcceptsPost", "OptedOut", "OptedOutAt", "CreatedAt", "MergedIntoId")
        FROM STDIN (FORMAT BINARY)
        """;

    public static async Task WriteAsync(NpgsqlConnection connection, IReadOnlyList<Contact> contacts, CancellationToken ct)
    {
        await using var copy = await connection.BeginBinaryImportAsync(Command, ct);
        foreach (var c in contacts)
        {
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(c.Id, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(c.RegionCode, NpgsqlDbType.Varchar, ct);
            await copy.WriteNullableAsync(c.OrganisationId, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(c.FullName, NpgsqlDbType.Varchar, ct);
            await copy.WriteTextAsync(c.JobRole, ct);
            await copy.WriteTextAsync(c.Email, ct);
            await copy.WriteTextAsync(c.NormalisedEmail, ct);
            await copy.WriteTextAsync(c.Phone, ct);
            await copy.WriteAsync(c.LawfulBasis.ToString(), NpgsqlDbType.Varchar, ct);
            await copy.WriteNullableAsync(c.ConsentGivenOn, NpgsqlDbType.Date, ct);
            await copy.WriteTextAsync(c.ConsentMethod, ct);
            await copy.WriteAsync(c.AcceptsEmail, NpgsqlDbType.Boolean, ct);
            await copy.WriteAsync(c.AcceptsPhone, NpgsqlDbType.Boolean, ct);
            await copy.WriteAsync(c.AcceptsPost, NpgsqlDbType.Boolean, ct);
            await copy.WriteAsync(c.OptedOut, NpgsqlDbType.Boolean, ct);
            await copy.WriteNullableAsync(c.OptedOutAt, NpgsqlDbType.TimestampTz, ct);
            await copy.WriteAsync(c.CreatedAt, NpgsqlDbType.TimestampTz, ct);
            await copy.WriteNullableAsync(c.MergedIntoId, NpgsqlDbType.Uuid, ct);
        }

        await copy.CompleteAsync(ct);
    }
}
