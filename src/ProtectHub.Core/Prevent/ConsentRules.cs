namespace ProtectHub.Core.Prevent;

/// <summary>
/// Who must agree before the team works with a young person. Under 16: a parent or carer. 16 and 17: the young person
/// themselves, with a parent or carer informed unless that would be unsafe (the reason recorded). 18 and over: the
/// person themselves. Ages are worked out on the UK date consent is given.
/// </summary>
public static class ConsentRules
{
    public const int OwnConsentAge = 16;
    public const int AdultAge = 18;

    public static int Age(DateOnly born, DateOnly on)
    {
        var age = on.Year - born.Year;
        // A birthday on 29 February is reached on 1 March in other years.
        return on < born.AddYears(age) ? age - 1 : age;
    }

    /// <summary>The reason consent as described cannot be accepted, or null when it is enough.</summary>
    public static string? Check(DateOnly? born, DateOnly on, ConsentGivenBy by, bool? parentInformed, string? notInformedReason)
    {
        if (born is null)
        {
            return "Record the young person's date of birth first: who can consent depends on their age";
        }

        var age = Age(born.Value, on);
        if (age < OwnConsentAge)
        {
            return by == ConsentGivenBy.ParentOrCarer ? null : $"They are {age}: under 16, a parent or carer must consent";
        }

        if (by == ConsentGivenBy.ParentOrCarer)
        {
            return $"They are {age}: from 16 the young person gives their own consent";
        }

        if (age < AdultAge && parentInformed != true && string.IsNullOrWhiteSpace(notInformedReason))
        {
            return $"They are {age}: say whether a parent or carer was informed, or why informing them would be unsafe";
        }

        return null;
    }
}
