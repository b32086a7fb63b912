namespace VettingService.Tests.EndToEnd.Support;

/// <summary>Waits for background work (Hangfire servers, other instances) to reach a state, polling every 100 ms.</summary>
internal static class Eventually
{
    public static async Task WaitAsync(Func<Task<bool>> done, int seconds, string what)
    {
        for (var attempt = 0; attempt < seconds * 10; attempt++)
        {
            if (await done())
            {
                return;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException($"{what} did not happen within {seconds} seconds");
    }
}
