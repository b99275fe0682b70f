namespace ProtectHub.Linkage;

/// <summary>A linkage job cannot run as configured (bad settings, missing id column, too many candidate pairs).</summary>
public sealed class LinkageException : Exception
{
    /// <summary>Creates the exception.</summary>
    public LinkageException()
    {
    }

    /// <summary>Creates the exception with a message for the user.</summary>
    public LinkageException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public LinkageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
