namespace ProtectHub.Core.Victims;

public enum AdviceKind
{
    /// <summary>Protect advice given to the victim.</summary>
    Advice,

    /// <summary>A support service the victim was pointed to.</summary>
    Signpost,
}
