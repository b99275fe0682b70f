namespace ProtectHub.Core.Imports;

/// <summary>
/// What an import did. Valid rows are imported; rows already held are skipped (so importing a file again adds nothing);
/// invalid rows come back in <see cref="InvalidRowsCsv"/> with an Errors column, ready to correct and import again.
/// </summary>
/// <param name="Updated">Rows already held whose details had changed, so the record was updated (imports that update).</param>
public sealed record ImportResult(int Imported, int AlreadyHeld, IReadOnlyList<RowError> Errors, int InvalidRows, byte[] InvalidRowsCsv, int Updated = 0);
