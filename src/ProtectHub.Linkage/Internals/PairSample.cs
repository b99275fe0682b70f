namespace ProtectHub.Linkage.Internals;

/// <summary>
/// A pair's place in a random sample, decided by the pair and the seed alone: the same pairs are sampled whatever the
/// thread or order they are visited in, so sampled runs are reproducible.
/// </summary>
internal static class PairSample
{
    /// <summary>A number in [0, 1) fixed for records i and j under <paramref name="seed"/>; keep the pair when it is below the rate.</summary>
    public static double Uniform(int i, int j, ulong seed)
    {
        var x = ((ulong)(uint)i << 32) | (uint)j;
        x ^= seed * 0x9E3779B97F4A7C15UL;
        x ^= x >> 33;
        x *= 0xFF51AFD7ED558CCDUL;
        x ^= x >> 33;
        x *= 0xC4CEB93F005A2E6BUL;
        x ^= x >> 33;
        return (x >> 11) * (1.0 / (1UL << 53));
    }
}
