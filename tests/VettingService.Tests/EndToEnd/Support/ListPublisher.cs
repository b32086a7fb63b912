using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace VettingService.Tests.EndToEnd.Support;

/// <summary>A list publisher's web server on 127.0.0.1: serves whatever bytes the test puts at a path (a good file, an error page, half a file).</summary>
internal sealed class ListPublisher : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, (byte[] Body, string ContentType)> _files = new(StringComparer.Ordinal);
    private readonly WebApplication _app;

    private ListPublisher(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public static async Task<ListPublisher> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var publisher = new ListPublisher(app);
        app.Run(async context =>
        {
            if (!publisher._files.TryGetValue(context.Request.Path.Value ?? "", out var file))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            context.Response.ContentType = file.ContentType;
            await context.Response.Body.WriteAsync(file.Body, context.RequestAborted);
        });
        await app.StartAsync(TestContext.Current.CancellationToken);
        publisher.BaseAddress = new Uri(app.Urls.First() + "/");
        return publisher;
    }

    public Uri Serve(string name, byte[] body, string contentType = "text/csv")
    {
        _files["/" + name] = (body, contentType);
        return new Uri(BaseAddress, name);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}
