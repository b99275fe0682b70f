using System.Globalization;

namespace ProtectHub.Core.Audit;

/// <summary>
/// Checkpoints published outside the database, one a line: time (UTC ticks), sequence, hash and signature, separated
/// by tabs. Only ever appended to; verification reads the last line.
/// </summary>
public static class AuditCheckpointFile
{
    public static void Append(string path, AuditCheckpoint checkpoint)
    {
        var line = string.Join('\t',
            checkpoint.CreatedAt.UtcTicks.ToString(CultureInfo.InvariantCulture),
            checkpoint.Sequence.ToString(CultureInfo.InvariantCulture),
            checkpoint.Hash,
            checkpoint.Signature);
        File.AppendAllText(path, line + "\n");
    }

    public static (AuditCheckpoint? Checkpoint, string? Error) ReadLast(string path)
    {
        if (!File.Exists(path))
        {
            return (null, $"The checkpoint file {path} does not exist.");
        }

        var lines = File.ReadAllLines(path).Where(l => l.Trim().Length > 0).ToList();
        if (lines.Count == 0)
        {
            return (null, $"The checkpoint file {path} holds no checkpoint.");
        }

        var fields = lines[^1].Split('\t');
        if (fields.Length != 4
            || !long.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || !long.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            || fields[2].Length != 64)
        {
            return (null, $"Line {lines.Count} of {path} is not a checkpoint (time, sequence, hash and signature separated by tabs).");
        }

        return (new AuditCheckpoint { CreatedAt = new DateTimeOffset(ticks, TimeSpan.Zero), Sequence = sequence, Hash = fields[2], Signature = fields[3] }, null);
    }
}
