namespace ProtectHub.Linkage.Benchmarks;

internal static class SyntheticPeople
{
    public static void Write(int n, string dir, int seed) => _ = (n, dir, seed);
}
