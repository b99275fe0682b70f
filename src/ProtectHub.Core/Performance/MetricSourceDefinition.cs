using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using ProtectHub.Core.Access;
using ProtectHub.Core.Data;
using ProtectHub.Core.Engagements;
using ProtectHub.Core.Feedback;
using ProtectHub.Core.Partners;
using ProtectHub.Core.Victims;

namespace ProtectHub.Core.Performance;

/// <summary>
/// What each <see cref="MetricSource"/> reads. A source is a projection of records into "facts" (one flat row of the
/// fields metrics may use) for a period; figures group the facts by every category at once (one query per source per
/// return), and a drill-down filters the same facts and lists the records behind them. Region scoping comes from the
/// DbContext's query filters, as everywhere else.
/// </summary>
public abstract class MetricSourceDefinition
{
    public abstract MetricSource Source { get; }

    public abstract string Label { get; }

    public abstract MetricRecordKind Records { get; }

    /// <summary>Whether its figures are about young people, so small numbers are suppressed (the Prevent sources).</summary>
    public virtual bool SuppressSmallNumbers => false;

    public abstract IReadOnlyList<MetricField> Fields { get; }

    public MetricField? Field(string name) => Fields.FirstOrDefault(f => f.Name == name);

    /// <summary>The values a category can take, where they are a fixed list (enums, yes or no); null for open ones (forces, topics).</summary>
    public IReadOnlyList<string>? Choices(string field)
    {
        var type = FieldType(field);
        type = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        return type switch
        {
            null => null,
            _ when type.IsEnum => Enum.GetNames(type),
            _ when type == typeof(bool) => ["Yes", "No"],
            _ => null,
        };
    }

    /// <summary>Whether a category value is one the field can hold (its text form, as conditions are written).</summary>
    public bool Accepts(string field, string value)
    {
        var type = FieldType(field);
        if (type is null)
        {
            return false;
        }

        var nullable = Nullable.GetUnderlyingType(type) is not null || !type.IsValueType;
        var target = Nullable.GetUnderlyingType(type) ?? type;
        return value.Length == 0 ? nullable : target switch
        {
            _ when Choices(field) is { } choices => choices.Contains(value, StringComparer.Ordinal),
            _ when target == typeof(char) => value.Length == 1,
            _ when target == typeof(Guid) => Guid.TryParse(value, out _),
            _ when target == typeof(int) => int.TryParse(value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out _),
            _ => true,
        };
    }

    protected abstract Type? FieldType(string field);

    public abstract Task<IReadOnlyList<FactGroup>> GroupsAsync(ProtectHubDbContext db, MetricScope scope, CancellationToken ct);

    /// <summary>The ids of the records behind a figure: the facts of the scope that meet every condition.</summary>
    public abstract IQueryable<Guid> RecordIds(ProtectHubDbContext db, MetricScope scope, IEnumerable<MetricCondition> conditions);

}

/// <summary>
/// A source described once: its facts (a flat class with a <c>RecordId</c> and one property a field), the query that
/// projects records into them, and the fields. Grouping (by every category, and by numbers that need a median) and the
/// drill-down are built from that description, so a source is its facts query and nothing else.
/// </summary>
public abstract class MetricSourceDefinition<TFacts> : MetricSourceDefinition where TFacts : class, new()
{
    /// <summary>Numbers are added up in at most this many slots of <see cref="FactRow"/>.</summary>
    private const int NumberSlots = 4;

    private static readonly Expression<Func<TFacts, Guid>> RecordId = BuildRecordId();

    private (Expression<Func<IGrouping<TFacts, TFacts>, FactRow>> Row, Expression<Func<TFacts, TFacts>> Key)? _grouping;

    protected abstract IQueryable<TFacts> Facts(ProtectHubDbContext db, MetricScope scope);

    /// <summary>The facts grouped by every category (and every number with a median), counted, with each number's total.</summary>
    public override async Task<IReadOnlyList<FactGroup>> GroupsAsync(ProtectHubDbContext db, MetricScope scope, CancellationToken ct)
    {
        var (row, key) = _grouping ??= BuildGrouping();
        var rows = await Facts(db, scope).GroupBy(key).Select(row).ToListAsync(ct);
        var keyed = Fields.Where(f => f.Kind == MetricFieldKind.Category || f.HasMedian).Select(f => Property(f.Name)).ToList();
        var added = Fields.Where(f => f.Kind == MetricFieldKind.Number && !f.HasMedian).ToList();
        return rows.Select(r =>
        {
            var keys = keyed.ToDictionary(p => p.Name, p => FactGroup.Text(p.GetValue(r.Key)));
            var numbers = new Dictionary<string, (double, long)>();
            foreach (var median in Fields.Where(f => f.HasMedian))
            {
                // Grouped by value, so the total is the value times the group's count.
                var value = Property(median.Name).GetValue(r.Key);
                numbers[median.Name] = value is null ? (0, 0) : (Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture) * r.N, r.N);
            }

            for (var i = 0; i < added.Count; i++)
            {
                numbers[added[i].Name] = (r.Sum(i) ?? 0, r.Count(i));
            }

            return new FactGroup(keys, r.N, numbers);
        }).ToList();
    }

    private static System.Reflection.PropertyInfo Property(string name) =>
        typeof(TFacts).GetProperty(name) ?? throw new InvalidOperationException($"{typeof(TFacts).Name} has no field {name}.");

    /// <summary>
    /// Builds <c>f =&gt; new TFacts { Category = f.Category, ... }</c> for the key, and
    /// <c>g =&gt; new FactRow { Key = g.Key, N = g.Count(), S0 = g.Sum(f =&gt; (double?)f.Number), C0 = g.Count(f =&gt; f.Number != null), ... }</c>.
    /// </summary>
    private (Expression<Func<IGrouping<TFacts, TFacts>, FactRow>>, Expression<Func<TFacts, TFacts>>) BuildGrouping()
    {
        var f = Expression.Parameter(typeof(TFacts), "f");
        var keyFields = Fields.Where(x => x.Kind == MetricFieldKind.Category || x.HasMedian).Select(x => Property(x.Name));
        var key = Expression.Lambda<Func<TFacts, TFacts>>(
            Expression.MemberInit(Expression.New(typeof(TFacts)), keyFields.Select(p => Expression.Bind(p, Expression.Property(f, p)))), f);

        var added = Fields.Where(x => x.Kind == MetricFieldKind.Number && !x.HasMedian).Select(x => Property(x.Name)).ToList();
        if (added.Count > NumberSlots)
        {
            throw new InvalidOperationException($"{typeof(TFacts).Name} has more than {NumberSlots} numbers to add up.");
        }

        var g = Expression.Parameter(typeof(IGrouping<TFacts, TFacts>), "g");
        var bindings = new List<MemberBinding>
        {
            Expression.Bind(typeof(FactRow).GetProperty(nameof(FactRow.Key))!, Expression.Property(g, nameof(IGrouping<TFacts, TFacts>.Key))),
            Expression.Bind(typeof(FactRow).GetProperty(nameof(FactRow.N))!, Aggregate(nameof(Enumerable.Count), g, null)),
        };
        for (var i = 0; i < added.Count; i++)
        {
            var item = Expression.Parameter(typeof(TFacts), "x");
            var value = Expression.Property(item, added[i]);
            bindings.Add(Expression.Bind(typeof(FactRow).GetProperty($"S{i}")!,
                Aggregate(nameof(Enumerable.Sum), g, Expression.Lambda(Expression.Convert(value, typeof(double?)), item))));
            var nullable = !added[i].PropertyType.IsValueType || Nullable.GetUnderlyingType(added[i].PropertyType) is not null;
            bindings.Add(Expression.Bind(typeof(FactRow).GetProperty($"C{i}")!, nullable
                ? Aggregate(nameof(Enumerable.Count), g, Expression.Lambda(Expression.NotEqual(value, Expression.Constant(null, added[i].PropertyType)), item))
                : Aggregate(nameof(Enumerable.Count), g, null)));
        }

        return (Expression.Lambda<Func<IGrouping<TFacts, TFacts>, FactRow>>(Expression.MemberInit(Expression.New(typeof(FactRow)), bindings), g), key);
    }

    /// <summary><c>Enumerable.Count(g)</c>, <c>Count(g, predicate)</c> or <c>Sum(g, x =&gt; (double?)...)</c> over a group.</summary>
    private static MethodCallExpression Aggregate(string name, ParameterExpression group, LambdaExpression? selector)
    {
        var method = typeof(Enumerable).GetMethods().Single(m => m.Name == name && m.IsGenericMethodDefinition
            && m.GetParameters().Length == (selector is null ? 1 : 2)
            && (name != nameof(Enumerable.Sum) || m.ReturnType == typeof(double?)));
        var generic = method.MakeGenericMethod(typeof(TFacts));
        return selector is null ? Expression.Call(generic, group) : Expression.Call(generic, group, selector);
    }

    private static Expression<Func<TFacts, Guid>> BuildRecordId()
    {
        var f = Expression.Parameter(typeof(TFacts), "f");
        return Expression.Lambda<Func<TFacts, Guid>>(Expression.Property(f, "RecordId"), f);
    }

    protected override Type? FieldType(string field) => Field(field) is null ? null : typeof(TFacts).GetProperty(field)?.PropertyType;

    public override IQueryable<Guid> RecordIds(ProtectHubDbContext db, MetricScope scope, IEnumerable<MetricCondition> conditions) =>
        conditions.Aggregate(Facts(db, scope), (query, condition) => query.Where(Predicate(condition))).Select(RecordId).Distinct();

    /// <summary>Builds <c>f =&gt; f.Field == v1 || f.Field == v2 ...</c>, each value parsed to the field's type.</summary>
    private static Expression<Func<TFacts, bool>> Predicate(MetricCondition condition)
    {
        var facts = Expression.Parameter(typeof(TFacts), "f");
        var property = typeof(TFacts).GetProperty(condition.Field)
            ?? throw new InvalidOperationException($"{typeof(TFacts).Name} has no field {condition.Field}.");
        var member = Expression.Property(facts, property);
        Expression body = Expression.Constant(false);
        foreach (var value in condition.Values)
        {
            body = Expression.OrElse(body, Expression.Equal(member, Expression.Constant(Parse(value, property.PropertyType), property.PropertyType)));
        }

        return Expression.Lambda<Func<TFacts, bool>>(body, facts);
    }

    private static object? Parse(string text, Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if (text.Length == 0 && (underlying is not null || !type.IsValueType))
        {
            return null;
        }

        var target = underlying ?? type;
        return target switch
        {
            _ when target.IsEnum => Enum.Parse(target, text),
            _ when target == typeof(bool) => text == "Yes",
            _ when target == typeof(string) => text,
            _ when target == typeof(char) => text[0],
            _ when target == typeof(int) => int.Parse(text, System.Globalization.CultureInfo.InvariantCulture),
            _ when target == typeof(Guid) => Guid.Parse(text),
            _ => throw new InvalidOperationException($"Fields of type {target.Name} cannot be filtered."),
        };
    }
}

/// <summary>One group of facts as the database returns it: the key (a facts object with the categories set), the count and up to four totals.</summary>
public sealed class FactRow
{
    public object Key { get; set; } = null!;
    public int N { get; set; }
    public double? S0 { get; set; }
    public double? S1 { get; set; }
    public double? S2 { get; set; }
    public double? S3 { get; set; }
    public int C0 { get; set; }
    public int C1 { get; set; }
    public int C2 { get; set; }
    public int C3 { get; set; }

    public double? Sum(int slot) => slot switch { 0 => S0, 1 => S1, 2 => S2, _ => S3 };

    public int Count(int slot) => slot switch { 0 => C0, 1 => C1, 2 => C2, _ => C3 };
}
