using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Vetting.Watchlists.Tests.Updating;

/// <summary>A publisher on 127.0.0.1 (real socket, port 0) serving list files, or failing as told.</summary>
internal sealed class LoopbackListServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> _routes = new(StringComparer.Ordinal);

    private LoopbackListServer(WebApplication app)
    {
        _app = app;
    }

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public ConcurrentQueue<string> Requests { get; } = new();

    public static async Task<LoopbackListServer> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new LoopbackListServer(app);
        app.Run(async context =>
        {
            server.Requests.Enqueue(context.Request.Path);
            if (server._routes.TryGetValue(context.Request.Path, out var handler))
            {
                await handler(context);
            }
            else
            {
                context.Response.StatusCode = 404;
            }
        });
        await app.StartAsync(cancellationToken);
        // Kestrel always offers the addresses feature.
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = new Uri(address + "/");
        return server;
    }

    public Uri ServeFile(string name, string path, string contentType = "application/xml") =>
        Serve(name, async context =>
        {
            context.Response.ContentType = contentType;
            await context.Response.SendFileAsync(path);
        });

    public Uri ServeBytes(string name, byte[] body, string contentType = "application/xml") =>
        Serve(name, async context =>
        {
            context.Response.ContentType = contentType;
            await context.Response.Body.WriteAsync(body);
        });

    public Uri ServeStatus(string name, int status) => Serve(name, context =>
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    });

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private Uri Serve(string name, Func<HttpContext, Task> handler)
    {
        _routes["/" + name] = handler;
        return new Uri(BaseAddress, name);
    }
}
