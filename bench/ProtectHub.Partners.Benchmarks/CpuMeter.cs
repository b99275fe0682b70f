using System.Diagnostics;
using System.Globalization;

namespace ProtectHub.Partners.Benchmarks;

/// <summary>
/// Where the machine's CPU went during a set (Linux /proc): the web server, PostgreSQL (postmaster and its backends),
/// this driver, and other processes. Other processes (a build, a test run: user processes outside the benchmark, with
/// the children they reaped; kernel threads and interrupts are left out) are how a disturbed measurement shows itself;
/// the per-request figures show whether the web app or the database is the bottleneck.
/// </summary>
internal sealed class CpuMeter(int? serverPid, int? postmasterPid)
{
    // USER_HZ: the unit of /proc times; 100 on every Linux this runs on.
    private const double MsPerTick = 10;

    public sealed record Sample(long Busy, long Total, long Server, long Postgres, TimeSpan Self, Dictionary<int, (long Start, long Ticks, string Name)> Others);

    public sealed record Usage(double ServerMs, double PostgresMs, double SelfMs, double OtherMs, double OtherPercent, double BusyPercent, string TopOthers);

    public static CpuMeter Create(int? serverPid, string? pgData)
    {
        int? postmaster = null;
        if (pgData is not null && File.Exists(Path.Combine(pgData, "postmaster.pid")))
        {
            postmaster = int.Parse(File.ReadLines(Path.Combine(pgData, "postmaster.pid")).First(), CultureInfo.InvariantCulture);
        }

        return new CpuMeter(serverPid, postmaster);
    }

    public bool Enabled => OperatingSystem.IsLinux() && File.Exists("/proc/stat");

    public Sample Take()
    {
        if (!Enabled)
        {
            return new Sample(0, 0, 0, 0, TimeSpan.Zero, []);
        }

        var cpu = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        // user nice system idle iowait irq softirq steal
        var busy = cpu[0] + cpu[1] + cpu[2] + cpu[5] + cpu[6] + (cpu.Length > 7 ? cpu[7] : 0);
        var total = busy + cpu[3] + cpu[4];
        long postgres = 0;
        var others = new Dictionary<int, (long, long, string)>();
        var self = Environment.ProcessId;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid) || StatFields(pid) is not { } f)
            {
                continue;
            }

            var parent = int.Parse(f[1], CultureInfo.InvariantCulture);
            if (pid == postmasterPid)
            {
                postgres += Ticks(f, includeWaitedChildren: true);
            }
            else if (parent == postmasterPid)
            {
                postgres += Ticks(f, includeWaitedChildren: false);
            }
            else if (pid != serverPid && pid != self && pid != 2 && parent != 2)
            {
                // starttime (field 22, index 19 here) tells a reused pid from the process seen before.
                others[pid] = (long.Parse(f[19], CultureInfo.InvariantCulture), Ticks(f, includeWaitedChildren: true), Name(pid));
            }
        }

        return new Sample(busy, total, serverPid is { } s && StatFields(s) is { } sf ? Ticks(sf, includeWaitedChildren: false) : 0, postgres,
            Process.GetCurrentProcess().TotalProcessorTime, others);
    }

    public static Usage Between(Sample before, Sample after)
    {
        var busy = (after.Busy - before.Busy) * MsPerTick;
        var total = Math.Max(1, (after.Total - before.Total) * MsPerTick);
        var server = (after.Server - before.Server) * MsPerTick;
        var postgres = (after.Postgres - before.Postgres) * MsPerTick;
        var self = (after.Self - before.Self).TotalMilliseconds;
        var others = after.Others.Select(p => (p.Value.Name, Ticks: before.Others.TryGetValue(p.Key, out var then) && then.Start == p.Value.Start
            ? Math.Max(0, p.Value.Ticks - then.Ticks) : p.Value.Ticks)).Where(p => p.Ticks > 0).ToList();
        var other = others.Sum(p => p.Ticks) * MsPerTick;
        var top = string.Join(", ", others.GroupBy(p => p.Name).Select(g => (Name: g.Key, Ms: g.Sum(p => p.Ticks) * MsPerTick))
            .OrderByDescending(g => g.Ms).Take(3).Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Name} {g.Ms / 1000:0.0} s")));
        return new Usage(server, postgres, self, other, 100 * other / total, 100 * busy / total, top);
    }

    /// <summary>utime + stime (+ cutime + cstime: children it waited for) from a process's stat fields, in ticks.</summary>
    private static long Ticks(string[] fields, bool includeWaitedChildren)
    {
        // After the ")" of the command name: state(0) ppid(1) ... utime(11) stime(12) cutime(13) cstime(14).
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return includeWaitedChildren ? ticks + long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture) : ticks;
    }

    private static string Name(int pid)
    {
        try
        {
            var cmdline = File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ').Trim();
            return cmdline.Length == 0 ? "?" : cmdline.Length > 60 ? cmdline[..60] : cmdline;
        }
        catch (IOException)
        {
            return "?";
        }
    }

    private static string[]? StatFields(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
