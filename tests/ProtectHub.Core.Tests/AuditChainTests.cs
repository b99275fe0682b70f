using ProtectHub.Core.Audit;

namespace ProtectHub.Core.Tests;

public class AuditChainTests
{
    private static AuditEntry Entry(string details) => new()
    {
        Sequence = 7,
        OccurredAt = new DateTimeOffset(2026, 11, 2, 9, 30, 15, TimeSpan.Zero).AddTicks(1234567),
        ActorName = "officer@force.police.uk",
        Action = AuditAction.Viewed,
        RecordType = "Contact",
        RecordId = "abc",
        Details = details,
        PreviousHash = AuditChain.Genesis,
    };

    [Fact]
    public void Compute_SameEntry_GivesTheSameHash_AndAnyChangedFieldChangesIt()
    {
        var a = Entry("Page: /partners");
        Assert.Equal(AuditChain.Compute(a), AuditChain.Compute(a));
        Assert.Matches("^[0-9a-f]{64}$", AuditChain.Compute(a));
        Assert.NotEqual(AuditChain.Compute(a), AuditChain.Compute(Entry("Page: /partners/")));
    }

    [Fact]
    public void Compute_TextMovedBetweenFields_ChangesTheHash()
    {
        var a = Entry("x");
        var b = Entry("x");
        a = new AuditEntry { Sequence = a.Sequence, OccurredAt = a.OccurredAt, ActorName = "ab", RecordType = "c", PreviousHash = a.PreviousHash };
        b = new AuditEntry { Sequence = b.Sequence, OccurredAt = b.OccurredAt, ActorName = "a", RecordType = "bc", PreviousHash = b.PreviousHash };
        Assert.NotEqual(AuditChain.Compute(a), AuditChain.Compute(b));
    }

    [Fact]
    public void Normalise_TruncatesToMicroseconds_SoStoredTimesHashTheSame()
    {
        var at = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddTicks(15);
        Assert.Equal(10, AuditChain.Normalise(at).Ticks % 100);
        Assert.Equal(AuditChain.Normalise(at), AuditChain.Normalise(AuditChain.Normalise(at)));
    }
}
