namespace ProtectHub.Core.Imports;

/// <summary>Why one row of an import was not taken: its row number in the file, the field, and the reason.</summary>
public sealed record RowError(int Row, string Field, string Message);
