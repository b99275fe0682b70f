using Npgsql;
using NpgsqlTypes;

namespace ProtectHub.Core.Data;

/// <summary>Nullable values for PostgreSQL's binary COPY, shared by the bulk writers (referrals, contacts).</summary>
internal static class BinaryCopy
{
    public static Task WriteTextAsync(this NpgsqlBinaryImporter copy, string? value, CancellationToken ct) =>
        value is null ? copy.WriteNullAsync(ct) : copy.WriteAsync(value, NpgsqlDbType.Varchar, ct);

    public static Task WriteNullableAsync<T>(this NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type, CancellationToken ct) where T : struct =>
        value is { } v ? copy.WriteAsync(v, type, ct) : copy.WriteNullAsync(ct);
}
