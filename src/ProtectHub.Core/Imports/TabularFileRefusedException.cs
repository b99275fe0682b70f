using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace ProtectHub.Core.Imports;

/// <summary>
/// Stops a read the moment the file breaks a rule, from however deep in the parser; <see cref="TabularFile.Read"/>
/// turns it into its one-sentence error. The throw helpers keep the message building out of the parsers' loops.
/// </summary>
internal sealed class TabularFileRefusedException : Exception
{
    public const string NotAnXlsx = "The selected file is not a valid Excel (.xlsx) file";

    public TabularFileRefusedException()
    {
    }

    public TabularFileRefusedException(string message) : base(message)
    {
    }

    public TabularFileRefusedException(string message, Exception innerException) : base(message, innerException)
    {
    }

    [DoesNotReturn]
    public static void TooLargeUncompressed(long limit) =>
        throw new TabularFileRefusedException($"The selected file is too large once uncompressed: it expands beyond {TabularFileLimits.Describe(limit)} (the limit)");

    [DoesNotReturn]
    public static void TooManyRows(int limit) =>
        throw new TabularFileRefusedException($"The selected file has more than {Number(limit)} rows (the limit)");

    [DoesNotReturn]
    public static void TooManyColumns(int limit) =>
        throw new TabularFileRefusedException($"The selected file has more than {Number(limit)} columns (the limit)");

    [DoesNotReturn]
    public static void CellTooLong(int limit) =>
        throw new TabularFileRefusedException($"The selected file has a cell longer than {Number(limit)} characters (the limit)");

    [DoesNotReturn]
    public static void TooManySharedStrings(int limit) =>
        throw new TabularFileRefusedException($"The selected file has more than {Number(limit)} different cell texts (the limit)");

    [DoesNotReturn]
    public static void TooMuchSharedText(long limit) =>
        throw new TabularFileRefusedException($"The selected file has more than {Number(limit)} characters of cell text (the limit)");

    [DoesNotReturn]
    public static void NotValidXlsx() => throw new TabularFileRefusedException(NotAnXlsx);

    internal static string Number(double value) => value.ToString("#,0.#", CultureInfo.InvariantCulture);
}
