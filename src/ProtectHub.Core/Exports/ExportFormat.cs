namespace ProtectHub.Core.Exports;

public enum ExportFormat
{
    Csv,
    Xlsx,
}
