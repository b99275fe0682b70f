namespace ProtectHub.Linkage.Benchmarks;

internal static class EndToEnd
{
    public static int Run(string[] args) => args.Length;
}
