using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Data.Providers;
using ProtectHub.Core.Imports;
using ProtectHub.Core.Partners;

namespace ProtectHub.Core.Prevent;

/// <summary>
/// Imports a national operation's list of users of a criminal service with the import engine (row errors, chunks,
/// resumable: a row already saved for the list is "already held" when an interrupted import runs again), then links
/// every row to the region's Prevent cases (<see cref="OperationListMatching"/>).
/// </summary>
public sealed class OperationListImport(ProtectHubDbContext db, IBulkWriter writer, OperationListMatching matching, TimeProvider time)
    : RecordImport<OperationListEntry>(db, writer), IRecordImport
{
    public const string KindName = "operation-lists";

    private Guid _listId;
    private HashSet<int> _held = [];

    public static IReadOnlyList<ImportField> AllFields { get; } =
    [
        new("FirstName", "First name", false, ["firstname", "forename", "givenname", "first"]),
        new("LastName", "Last name", false, ["lastname", "surname", "familyname", "last"]),
        new("DateOfBirth", "Date of birth", false, ["dateofbirth", "dob", "birthdate", "born"]),
        new("Email", "Email address", false, ["email", "emailaddress", "mail"]),
        new("Username", "Username on the service", false, ["username", "user", "account", "accountname", "login", "userid"]),
        new("Handle", "Online handle (platform: handle)", false, ["handle", "onlinehandle", "gamertag", "discord", "alias"]),
        new("AddressLine1", "Address", false, ["address", "addressline1", "street", "address1"]),
        new("Town", "Town", false, ["town", "city", "posttown"]),
        new("Postcode", "Postcode", false, ["postcode", "postalcode", "zip", "post code"]),
    ];

    public override string Kind => KindName;

    public override IReadOnlyList<ImportField> Fields => AllFields;

    /// <summary>Runs the import for its upload, creating the list on the first run, then links the rows to Prevent cases.</summary>
    public new async Task<ImportResult> RunAsync(ImportContext context, Func<int, Task>? onProgress = null, CancellationToken ct = default)
    {
        _listId = context.UploadId;
        if (!await Db.Set<OperationList>().AnyAsync(l => l.Id == _listId, ct))
        {
            var upload = await Db.Set<ImportUpload>().AsNoTracking().SingleAsync(u => u.Id == _listId, ct);
            Db.Add(new OperationList
            {
                Id = _listId,
                RegionCode = Db.Scope.RegionCode,
                Name = Path.GetFileNameWithoutExtension(upload.FileName),
                LetterTemplate = WarningLetters.DefaultTemplate,
                CreatedAt = time.GetUtcNow(),
                CreatedByName = Db.Scope.ActorName,
            });
            await Db.SaveChangesAsync(ct);
        }

        var result = await RunAsync(context.File, context.Mapping, onProgress, ct);
        if (context.OnStage is { } stage)
        {
            await stage("Linking the list to the region's Prevent cases");
        }

        await matching.MatchAsync(_listId, ct);
        return result;
    }

    protected override async Task PrepareAsync(CancellationToken ct) =>
        _held = (await Db.Set<OperationListEntry>().AsNoTracking().Where(e => e.ListId == _listId).Select(e => e.RowNumber).ToListAsync(ct)).ToHashSet();

    protected override OperationListEntry? Parse(ImportRow row)
    {
        var entry = new OperationListEntry
        {
            RegionCode = Db.Scope.RegionCode,
            ListId = _listId,
            RowNumber = row.Number,
            FirstName = Text(row, "FirstName", TextLimits.Line),
            LastName = Text(row, "LastName", TextLimits.Line),
            DateOfBirth = row.Date("DateOfBirth"),
            Email = Text(row, "Email", TextLimits.Email),
            Username = Text(row, "Username", TextLimits.Line),
            Handle = Text(row, "Handle", TextLimits.Line),
            AddressLine1 = Text(row, "AddressLine1", TextLimits.Line),
            Town = Text(row, "Town", TextLimits.Town),
        };
        if (entry.Email is { } email && !ContactRules.IsEmail(email))
        {
            row.Error("Email", $"'{email}' is not an email address, like name@example.com");
        }

        if (row.Cell("Postcode") is { } postcode)
        {
            entry.Postcode = UkPostcode.Normalise(postcode);
            if (entry.Postcode is null)
            {
                row.Error("Postcode", $"'{postcode}' is not a UK postcode, like LE1 6ZG");
            }
        }

        if (entry.DateOfBirth is { } born && born >= DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime))
        {
            row.Error("DateOfBirth", $"'{born:dd/MM/yyyy}' is not in the past");
        }

        if (entry.LastName is null && entry.Email is null && entry.Username is null && entry.Handle is null)
        {
            row.Error("LastName", "The row names nobody: it needs a last name, an email address, a username or a handle");
        }

        return entry;
    }

    protected override bool Remember(OperationListEntry record) => _held.Add(record.RowNumber);

    private static string? Text(ImportRow row, string field, int max)
    {
        var text = row.Cell(field)?.Trim();
        if (text?.Length > max)
        {
            row.Error(field, TextLimits.TooLong(AllFields.First(f => f.Field == field).Label, max));
        }

        return string.IsNullOrEmpty(text) ? null : text;
    }
}
