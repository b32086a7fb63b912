using Microsoft.AspNetCore.Mvc.RazorPages;
using Vetting.Service.Api.Contracts;
using Vetting.Service.Api.Review;

namespace Vetting.Service.Web.Pages.Review;

/// <summary>The review queue: open flags, the most urgent event first and the oldest flag first within it.</summary>
internal sealed class IndexModel(ReviewQueue queue, TimeProvider time) : PageModel
{
    public DateTimeOffset Now { get; private set; }

    public IReadOnlyList<FlagItem> Flags { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Now = time.GetUtcNow();
        Flags = await queue.ListAsync(cancellationToken);
    }
}
