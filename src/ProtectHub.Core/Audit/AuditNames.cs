using System.Text;
using System.Text.RegularExpressions;

namespace ProtectHub.Core.Audit;

/// <summary>
/// The audit log in words for people: actions, kinds of record and the pages entries name ("Page: /Referrals/Details"
/// reads "Page: Referrals, a record"). Only for showing: entries are stored as written (they are chained and hashed).
/// </summary>
public static partial class AuditNames
{
    public static string Of(AuditAction action) => action switch
    {
        AuditAction.Collected => "Collected",
        AuditAction.Viewed => "Viewed",
        AuditAction.Altered => "Changed",
        AuditAction.Disclosed => "Disclosed (sent, exported or printed)",
        AuditAction.Combined => "Combined (merged or linked)",
        AuditAction.Erased => "Erased",
        AuditAction.SignInSucceeded => "Signed in",
        AuditAction.SignInFailed => "Sign-in failed",
        AuditAction.SignedOut => "Signed out",
        AuditAction.MfaEnrolled => "Set up an authenticator app",
        AuditAction.MfaReset => "Authenticator app reset",
        AuditAction.AdministrativeChange => "Administrative change",
        _ => action.ToString(),
    };

    /// <summary>"VictimReferral" as "Victim referral", "User" as "User account".</summary>
    public static string OfRecordType(string recordType) => recordType == "User" ? "User account" : Words(recordType);

    /// <summary>An entry's details with the page paths it names put in words.</summary>
    public static string? Details(string? details) => details is null ? null : PagePath().Replace(details, m => "Page: " + PageName(m.Groups[1].Value));

    /// <summary>"/Referrals/Details" as "Referrals, a record"; "/Partners/Contacts/Index" as "Partners, contacts, the list".</summary>
    public static string PageName(string path)
    {
        var parts = path.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return "Home";
        }

        var last = parts[^1] switch
        {
            "Index" => parts.Length == 1 ? "home" : "the list",
            "Details" => "a record",
            var other => Words(other).ToLowerInvariant(),
        };
        var area = parts[..^1].Select(p => Words(p).ToLowerInvariant()).ToList();
        if (area.Count == 0)
        {
            return Capitalise(last);
        }

        area[0] = Capitalise(area[0]);
        return string.Join(", ", area.Append(last));
    }

    private static string Words(string name)
    {
        var text = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]) && !char.IsUpper(name[i - 1]))
            {
                text.Append(' ');
                text.Append(char.ToLowerInvariant(name[i]));
            }
            else
            {
                text.Append(name[i]);
            }
        }

        return text.ToString();
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    [GeneratedRegex(@"Page: (/[A-Za-z/]*)")]
    private static partial Regex PagePath();
}
