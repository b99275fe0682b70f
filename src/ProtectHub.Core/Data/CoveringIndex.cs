using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ProtectHub.Core.Data;

/// <summary>
/// Covering columns of an index, declared once in an area's configuration without naming an engine: PostgreSQL's
/// provider turns them into INCLUDE columns (a list read from the index alone); SQLite, which has none, leaves them out.
/// </summary>
public static class CoveringIndex
{
    private const string Annotation = "ProtectHub:Covering";

    /// <summary>Columns stored in the index beside its keys, as in <c>.Covering(r =&gt; new { r.FirstContactAt })</c>.</summary>
    public static IndexBuilder<T> Covering<T>(this IndexBuilder<T> index, Expression<Func<T, object?>> columns)
    {
        var body = columns.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : columns.Body;
        string[] names = body switch
        {
            NewExpression n => [.. n.Arguments.Select(a => ((MemberExpression)a).Member.Name)],
            MemberExpression m => [m.Member.Name],
            _ => throw new ArgumentException("List the covering columns as r => new { r.A, r.B }.", nameof(columns)),
        };
        index.HasAnnotation(Annotation, names);
        return index;
    }

    /// <summary>Each index's covering columns, removed from the model for the provider to apply as it can.</summary>
    public static IEnumerable<(IMutableIndex Index, string[] Columns)> Take(IMutableModel model)
    {
        foreach (var index in model.GetEntityTypes().SelectMany(e => e.GetDeclaredIndexes()).ToList())
        {
            if (index.FindAnnotation(Annotation)?.Value is string[] columns)
            {
                index.RemoveAnnotation(Annotation);
                yield return (index, columns);
            }
        }
    }
}
