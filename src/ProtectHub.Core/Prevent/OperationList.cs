using ProtectHub.Core.Access;
using ProtectHub.Core.Audit;

namespace ProtectHub.Core.Prevent;

/// <summary>
/// A national operation's list of UK users of a criminal service (for example a DDoS-for-hire site), imported for the
/// region: which operation, which service, and the warning letter sent to the people on it. Its id is the upload's.
/// </summary>
public sealed class OperationList : IRegionOwned
{
    public Guid Id { get; init; }
    public string RegionCode { get; set; } = "";
    public string Name { get; set; } = "";

    /// <summary>The criminal service the people on the list used, as the letter names it.</summary>
    public string Service { get; set; } = "";

    public string LetterTemplate { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedByName { get; set; } = "";
}

/// <summary>
/// One person on an operation list, as the national operation gave them, and what the team did: the Prevent case it
/// matched (with why), and when the warning letter was printed or emailed. Personal data: views and changes audited.
/// </summary>
public sealed class OperationListEntry : IRegionOwned, IPersonalData
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public string RegionCode { get; set; } = "";
    public Guid ListId { get; set; }
    public int RowNumber { get; set; }
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public DateOnly? DateOfBirth { get; set; }
    public string? Email { get; set; }

    /// <summary>The account name on the criminal service.</summary>
    public string? Username { get; set; }

    /// <summary>An online handle as "Platform: handle", when the list gives one.</summary>
    public string? Handle { get; set; }

    public string? AddressLine1 { get; set; }
    public string? Town { get; set; }
    public string? Postcode { get; set; }

    public Guid? MatchedCaseId { get; set; }
    public double? MatchProbability { get; set; }
    public string? MatchReason { get; set; }
    public DateTimeOffset? LetterPrintedAt { get; set; }
    public DateTimeOffset? EmailedAt { get; set; }

    public string DisplayName => string.Join(' ', new[] { FirstName, LastName }.Where(n => !string.IsNullOrWhiteSpace(n))) is { Length: > 0 } name ? name : Username ?? Email ?? "(no name)";

    public string AuditRecordType => "OperationListEntry";

    public string AuditRecordId => Id.ToString();
}
