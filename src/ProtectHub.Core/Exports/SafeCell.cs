namespace ProtectHub.Core.Exports;

/// <summary>
/// Neutralises spreadsheet formula injection (CWE-1236): a cell that starts with = + - @, a tab or a carriage return
/// would be run as a formula by Excel or LibreOffice when the export is opened, so it gets a leading apostrophe. The
/// same goes for those characters after leading spaces or separators a spreadsheet skips (<c>;=</c>, <c> =</c>), and for
/// their full-width forms (<c>＝ ＋ － ＠</c>), which spreadsheets in some locales also read as the start of a formula.
/// </summary>
public static class SafeCell
{
    public static string Neutralise(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        foreach (var c in value)
        {
            if (IsFormulaStart(c))
            {
                return "'" + value;
            }

            // Separators and spaces before the first real character do not stop a spreadsheet reading a formula.
            if (c is not (' ' or ';' or ',' or '\n' or '\u00a0' or '\u3000'))
            {
                return value;
            }
        }

        return value;
    }

    private static bool IsFormulaStart(char c) => c is '=' or '+' or '-' or '@' or '\t' or '\r' or '\uff1d' or '\uff0b' or '\uff0d' or '\uff20' or '\u2212';
}
