using System.Text;

namespace ProtectHub.Linkage.Csv;

/// <summary>
/// Passes bytes through while checking they are UTF-8, counting lines, so that invalid bytes stop the read with the line
/// they are on instead of turning silently into replacement characters.
/// </summary>
public sealed class Utf8CheckingStream(Stream inner) : Stream
{
    private readonly byte[] _carry = new byte[4];
    private int _carried;
    private long _line = 1;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        Check(buffer[..read], final: read == 0);
        return read;
    }

    private void Check(ReadOnlySpan<byte> bytes, bool final)
    {
        if (final)
        {
            if (_carried > 0)
            {
                throw new InvalidUtf8Exception(_line);
            }

            return;
        }

        // A sequence cut by the end of the previous read is completed with the start of this one.
        var start = 0;
        if (_carried > 0)
        {
            while (_carried < 4 && start < bytes.Length)
            {
                _carry[_carried++] = bytes[start++];
                if (Rune.DecodeFromUtf8(_carry.AsSpan(0, _carried), out _, out var used) == System.Buffers.OperationStatus.Done)
                {
                    if (used != _carried)
                    {
                        throw new InvalidUtf8Exception(_line);
                    }

                    _carried = 0;
                    break;
                }
            }

            if (_carried == 4)
            {
                throw new InvalidUtf8Exception(_line);
            }
        }

        var rest = bytes[start..];
        var position = 0;
        while (position < rest.Length)
        {
            var chunk = rest[position..];
            var status = Rune.DecodeFromUtf8(chunk, out _, out var consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                if (chunk[0] == (byte)'\n')
                {
                    _line++;
                }

                // ASCII runs go fast: skip to the next byte of note.
                position += consumed;
                var ascii = rest[position..];
                var next = ascii.IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
                var run = next < 0 ? ascii : ascii[..next];
                _line += run.Count((byte)'\n');
                position += run.Length;
                continue;
            }

            if (status == System.Buffers.OperationStatus.NeedMoreData)
            {
                chunk.CopyTo(_carry);
                _carried = chunk.Length;
                return;
            }

            throw new InvalidUtf8Exception(_line);
        }
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

/// <summary>Bytes that are not UTF-8, on the line given.</summary>
public sealed class InvalidUtf8Exception(long line)
    : Exception($"line {line}: the file is not valid UTF-8 (save it as UTF-8, or give its encoding, such as --encoding windows-1252)")
{
    public long Line { get; } = line;
}
