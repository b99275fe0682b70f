namespace ProtectHub.Core.Data;

/// <summary>
/// The lengths of free text ProtectHub stores, shared by the EF configurations (column sizes) and the validation that
/// tells a user their text is too long, so the two cannot drift apart.
/// </summary>
public static class TextLimits
{
    /// <summary>A name, title, organisation or address line.</summary>
    public const int Line = 200;

    /// <summary>A town or city.</summary>
    public const int Town = 100;

    /// <summary>An email address (RFC 5321's practical limit).</summary>
    public const int Email = 256;

    /// <summary>A reason or one action: a sentence or two.</summary>
    public const int Sentence = 1000;

    /// <summary>A paragraph a member of the public writes (feedback, satisfaction).</summary>
    public const int Paragraph = 2000;

    /// <summary>Notes, summaries, key learning and comments.</summary>
    public const int Notes = 4000;

    /// <summary>The message for text longer than its limit, in the GOV.UK pattern.</summary>
    public static string TooLong(string label, int max) => $"{label} must be {max} characters or fewer";
}
