using System.Globalization;
using ProtectHub.Linkage;

namespace ProtectHub.Core.People;

/// <summary>
/// The record-linkage model for people that ProtectHub ships: Fellegi-Sunter parameters trained without labels on
/// 100,000 synthetic people with the default person settings (first name, surname, date of birth, email, telephone,
/// postcode, address). Shipped rather than trained per region, so that a region with few records still links reliably.
/// Used for repeat victims and for Prevent's operation lists.
/// </summary>
public static class PersonModel
{
    /// <summary>A person as the model reads them.</summary>
    public sealed record Person(string Id, string? FirstName, string? Surname, DateOnly? DateOfBirth, string? Email, string? Phone, string? Postcode, string? Address);

    public static readonly string[] Header = ["id", "first_name", "surname", "dob", "email", "phone", "postcode", "address"];

    private static readonly Lazy<LinkageModel> Model = new(() =>
    {
        using var stream = typeof(PersonModel).Assembly.GetManifestResourceStream("ProtectHub.RepeatVictimModel.json")
            ?? throw new InvalidOperationException("The person linkage model is missing from the build.");
        using var reader = new StreamReader(stream);
        return LinkageModel.FromJson(reader.ReadToEnd());
    });

    public static LinkageModel Value => Model.Value;

    public static LinkageTable Table(IEnumerable<Person> people) =>
        LinkageTable.FromRows(Header, "id", people.Select(p => (IReadOnlyList<string?>)Values(p)));

    public static string?[] Values(Person p) =>
        [p.Id, p.FirstName, p.Surname, p.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), p.Email, p.Phone, p.Postcode, p.Address];

    public static Dictionary<string, string?> Record(Person p)
    {
        var values = Values(p);
        return Header.Select((h, i) => (h, values[i])).ToDictionary(x => x.h, x => x.Item2);
    }
}
