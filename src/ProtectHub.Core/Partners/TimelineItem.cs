namespace ProtectHub.Core.Partners;

/// <summary>One thing that touched an organisation, for its timeline (newest first).</summary>
public sealed record TimelineItem(DateTimeOffset At, string Kind, string Text);
