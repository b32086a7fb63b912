using Microsoft.AspNetCore.Mvc;
using Vetting.Core.Vetting;
using Vetting.Service.Api.AuditTrail;

namespace Vetting.Service.Web.Admin;

/// <summary>
/// A page result that streams audit records as CSV (<see cref="AuditCsv"/>). Writing happens when the result executes,
/// after the result filters have set their headers, and record by record, so a large log is never held in memory.
/// </summary>
internal sealed class AuditCsvResult(string fileName, IAsyncEnumerable<AuditEntry> entries) : IActionResult
{
    public Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return AuditCsv.WriteAsync(context.HttpContext.Response, fileName, entries, context.HttpContext.RequestAborted);
    }
}
