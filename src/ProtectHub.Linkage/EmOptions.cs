namespace ProtectHub.Linkage;

/// <summary>How the model is trained without labels.</summary>
public readonly record struct EmOptions
{
    /// <summary>Creates the defaults.</summary>
    public EmOptions()
    {
    }

    /// <summary>Maximum expectation-maximisation iterations per blocking rule.</summary>
    public int MaxIterations { get; init; } = 50;

    /// <summary>Stop when no m probability moves by more than this.</summary>
    public double Tolerance { get; init; } = 1e-5;

    /// <summary>Random record pairs sampled to estimate u probabilities (all pairs when there are fewer).</summary>
    public long RandomPairs { get; init; } = 1_000_000;

    /// <summary>Candidate pairs per blocking rule used by EM (a deterministic sample when there are more).</summary>
    public long MaxTrainingPairsPerRule { get; init; } = 2_000_000;

    /// <summary>Remove the share of true matches from the random-pair u estimates once the prior is known.</summary>
    public bool CorrectUForMatches { get; init; } = true;
}
