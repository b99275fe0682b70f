using ProtectHub.Core.Requests;

namespace ProtectHub.Core.Tests;

public sealed class RequestServiceLevelTests
{
    [Theory]
    // Christmas 2026: Friday 25 December and Monday 28 December (the substitute for Boxing Day) are bank holidays.
    [InlineData("2026-12-24", RequestUrgency.Urgent, "2026-12-29")]
    [InlineData("2026-12-23", RequestUrgency.High, "2026-12-29")]
    // New Year's Day 2027 is a Friday.
    [InlineData("2026-12-30", RequestUrgency.High, "2027-01-04")]
    // Easter 2027: Good Friday 26 March and Easter Monday 29 March.
    [InlineData("2027-03-25", RequestUrgency.Normal, "2027-04-05")]
    [InlineData("2026-11-02", RequestUrgency.Low, "2026-11-16")]
    public void TriageBy_CountsWorkingDays_SkippingWeekendsAndBankHolidays(string received, RequestUrgency urgency, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            RequestServiceLevels.TriageBy(DateOnly.Parse(received, System.Globalization.CultureInfo.InvariantCulture), urgency));

    [Fact]
    public void CompleteBy_IsTheDateNeeded_WhenGiven_ElseTheServiceLevel()
    {
        Assert.Equal(new DateOnly(2027, 3, 1), RequestServiceLevels.CompleteBy(new DateOnly(2026, 11, 2), RequestUrgency.Low, new DateOnly(2027, 3, 1)));
        Assert.Equal(new DateOnly(2026, 11, 5), RequestServiceLevels.CompleteBy(new DateOnly(2026, 11, 2), RequestUrgency.Urgent, null));
    }

    [Fact]
    public void Overdue_IsPastTriageWhileNew_OrPastCompletionWhileAccepted_NeverWhenClosed()
    {
        var request = new AssistanceRequest { TriageBy = new DateOnly(2026, 11, 9), CompleteBy = new DateOnly(2026, 11, 30), Status = RequestStatus.New };
        request.RefreshDueOn();
        Assert.False(request.IsOverdue(new DateOnly(2026, 11, 9)));
        Assert.True(request.IsOverdue(new DateOnly(2026, 11, 10)));
        request.Status = RequestStatus.Accepted;
        request.RefreshDueOn();
        Assert.False(request.IsOverdue(new DateOnly(2026, 11, 30)));
        Assert.True(request.IsOverdue(new DateOnly(2026, 12, 1)));
        request.Status = RequestStatus.Done;
        request.RefreshDueOn();
        Assert.False(request.IsOverdue(new DateOnly(2027, 1, 1)));
    }
}
