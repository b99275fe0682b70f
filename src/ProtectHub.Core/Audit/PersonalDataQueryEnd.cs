using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ProtectHub.Core.Data;

namespace ProtectHub.Core.Audit;

/// <summary>
/// Tells the context's <see cref="PersonalDataReadTracker"/> when a query's results have all been read, so that the
/// entries of what it read can be committed while the request goes on, rather than after everything else it does: an
/// audited page waits for its entries' commit, and under load that commit costs more than any of its queries.
/// </summary>
internal sealed class PersonalDataQueryEnd : DbCommandInterceptor
{
    public static readonly PersonalDataQueryEnd Instance = new();

    public override InterceptionResult DataReaderClosing(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        (eventData.Context as ProtectHubDbContext)?.ReadTracker.QueryEnded();
        return result;
    }

    public override ValueTask<InterceptionResult> DataReaderClosingAsync(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        (eventData.Context as ProtectHubDbContext)?.ReadTracker.QueryEnded();
        return ValueTask.FromResult(result);
    }
}
