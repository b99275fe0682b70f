using System.Globalization;

namespace ProtectHub.Linkage;

/// <summary>What a <see cref="LinkageRunner"/> run did.</summary>
/// <param name="Records">Records read (after skipping malformed rows).</param>
/// <param name="SkippedRows">Malformed rows skipped.</param>
/// <param name="CandidatePairs">Distinct candidate pairs scored.</param>
/// <param name="Matches">Pairs at or above the threshold.</param>
/// <param name="Clusters">Clusters, counting single records.</param>
/// <param name="EmIterations">EM iterations used in training.</param>
/// <param name="Seconds">Wall-clock time.</param>
/// <param name="PeakMemoryBytes">Peak working set of the process.</param>
public readonly record struct LinkageSummary(
    int Records, int SkippedRows, long CandidatePairs, int Matches, int Clusters, int EmIterations, double Seconds, long PeakMemoryBytes)
{
    /// <summary>One line for the end of a run.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"records {Records:N0} (skipped {SkippedRows:N0}), candidate pairs {CandidatePairs:N0}, matches {Matches:N0}, clusters {Clusters:N0}, EM iterations {EmIterations}, {Seconds:0.00} s, peak memory {PeakMemoryBytes / (1024.0 * 1024.0):N0} MB");
}
