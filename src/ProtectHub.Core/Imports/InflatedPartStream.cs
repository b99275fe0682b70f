using System.Runtime.CompilerServices;

namespace ProtectHub.Core.Imports;

/// <summary>
/// One part of an .xlsx as it inflates, counted against the budget of the whole file: the read that takes the total
/// past the limit refuses the file, whatever the zip's headers said the part's size was. It also refuses a part with
/// more than <see cref="MaxMarkupGap"/> bytes between one '&lt;' or '&gt;' and the next: an XML reader holds a whole
/// tag (name and attributes) in memory, so one crafted gigabyte-long attribute would otherwise cost gigabytes. Excel's
/// longest run between markup is a cell of 32,767 characters, at most about 200 KB escaped.
/// </summary>
internal sealed class InflatedPartStream(Stream inner, StrongBox<long> inflated, long limit) : Stream
{
    public const int MaxMarkupGap = 1024 * 1024;

    private int _gap;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        // At most 64 KB a read, so that a run between two markers within one read is always within the limit.
        var read = inner.Read(buffer[..Math.Min(buffer.Length, 64 * 1024)]);
        inflated.Value += read;
        if (inflated.Value > limit)
        {
            TabularFileRefusedException.TooLargeUncompressed(limit);
        }

        var bytes = buffer[..read];
        var first = bytes.IndexOfAny((byte)'<', (byte)'>');
        if (first < 0)
        {
            _gap += read;
        }
        else
        {
            _gap += first;
            if (_gap <= MaxMarkupGap)
            {
                _gap = read - 1 - bytes.LastIndexOfAny((byte)'<', (byte)'>');
            }
        }

        if (_gap > MaxMarkupGap)
        {
            TabularFileRefusedException.NotValidXlsx();
        }

        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
