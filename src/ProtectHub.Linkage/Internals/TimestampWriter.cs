using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace ProtectHub.Linkage.Internals;

/// <summary>Prefixes each progress line with the seconds since the run started.</summary>
internal sealed class TimestampWriter(TextWriter inner, Stopwatch clock) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override void WriteLine(string? value)
    {
        lock (inner)
        {
            inner.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{clock.Elapsed.TotalSeconds,7:0.00}s] {value}"));
        }
    }

    public override void Write(char value) => inner.Write(value);

    public override void Flush() => inner.Flush();
}
