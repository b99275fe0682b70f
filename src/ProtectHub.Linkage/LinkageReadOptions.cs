using System.Text;

namespace ProtectHub.Linkage;

/// <summary>How the runner reads its CSV inputs.</summary>
/// <param name="SkipBadRows">
/// Skip a record with a malformed quoted value (counted and reported with its line) instead of stopping with an error.
/// </param>
/// <param name="Encoding">
/// The inputs' encoding; null for UTF-8 (with or without BOM), checked: bytes that are not UTF-8 stop the run with their line.
/// </param>
public sealed record LinkageReadOptions(bool SkipBadRows = false, Encoding? Encoding = null)
{
    public static LinkageReadOptions Strict { get; } = new();

    /// <summary>An encoding by the name a user gives (utf-8, windows-1252, latin1, iso-8859-1 ...).</summary>
    /// <exception cref="LinkageException">The name is not an encoding .NET knows.</exception>
    public static Encoding EncodingNamed(string name)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        try
        {
            return Encoding.GetEncoding(name.Trim());
        }
        catch (ArgumentException)
        {
            throw new LinkageException($"'{name}' is not an encoding ProtectHub knows: use utf-8, windows-1252 or latin1.");
        }
    }
}
