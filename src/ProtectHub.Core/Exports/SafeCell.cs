namespace ProtectHub.Core.Exports;

/// <summary>
/// Neutralises spreadsheet formula injection (CWE-1236): a cell that starts with = + - @, a tab or a carriage return
/// would be run as a formula by Excel or LibreOffice when the export is opened, so it gets a leading apostrophe.
/// </summary>
public static class SafeCell
{
    public static string Neutralise(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        return value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
    }
}
