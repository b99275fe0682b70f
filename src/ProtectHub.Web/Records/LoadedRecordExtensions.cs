namespace ProtectHub.Web.Records;

public static class LoadedRecordExtensions
{
    /// <summary>The record <see cref="LoadRecordFilter{TRecord}"/> loaded for this request.</summary>
    public static TRecord GetRecord<TRecord>(this HttpContext context) where TRecord : class =>
        context.Items[typeof(TRecord)] as TRecord
        ?? throw new InvalidOperationException($"No {typeof(TRecord).Name} was loaded: is the page's folder missing its LoadRecordFilter convention?");
}
