using ProtectHub.Core.Performance;

namespace ProtectHub.Web.Pages.Performance;

/// <summary>
/// What the figures partial shows: the figures, the drill-down query naming their period and area (null when the
/// figures are frozen or national, so there are no records to open), and whether to draw charts.
/// </summary>
public sealed record FiguresView(ReturnFigures Figures, string? DrillQuery, bool Charts);
