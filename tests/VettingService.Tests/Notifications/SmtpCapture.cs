using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.ComponentModel;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace VettingService.Tests.Notifications;

/// <summary>
/// A real SMTP server (the SmtpServer package) on 127.0.0.1 that keeps every message it accepts, parsed with MimeKit,
/// with the envelope recipients. The service talks to it over a socket with MailKit, as it would to a relay.
/// </summary>
internal sealed class SmtpCapture : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new(); // never disposed: it holds no timer or wait handle
    private readonly SmtpServer.SmtpServer _server;
    private readonly Task _running;
    private readonly Store _store = new();

    private SmtpCapture(int port)
    {
        Port = port;
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, port)).IsSecure(false))
            .Build();
        var services = new ServiceProvider();
        services.Add(_store);
        _server = new SmtpServer.SmtpServer(options, services);
        _running = _server.StartAsync(_stop.Token);
    }

    public int Port { get; }

    public IReadOnlyList<CapturedMail> Messages => [.. _store.Messages];

    /// <summary>Settings that point the service's notifications at this server.</summary>
    public Dictionary<string, string?> Settings(params string[] reviewers)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Vetting:Notifications:Enabled"] = "true",
            ["Vetting:Notifications:From"] = "vetting@secretariat.example",
            ["Vetting:Notifications:PublicBaseUrl"] = "https://vetting.example.org",
            ["Vetting:Notifications:Smtp:Host"] = "127.0.0.1",
            ["Vetting:Notifications:Smtp:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Vetting:Notifications:Smtp:Security"] = "None",
            ["Vetting:Notifications:Smtp:TimeoutSeconds"] = "10",
            ["Vetting:Notifications:EscalationRecipients:0"] = "head@secretariat.example",
        };
        for (var i = 0; i < reviewers.Length; i++)
        {
            settings[$"Vetting:Notifications:Reviewers:{i}"] = reviewers[i];
        }

        return settings;
    }

    public static SmtpCapture Start()
    {
        // SmtpServer binds the endpoint it is given: take a free loopback port and hand it over.
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return new SmtpCapture(port);
    }

    public async ValueTask DisposeAsync()
    {
        if (_stop.IsCancellationRequested)
        {
            return;
        }

        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
            // stopped
        }

    }

    internal sealed record CapturedMail(IReadOnlyList<string> EnvelopeTo, MimeMessage Message)
    {
        public string Subject => Message.Subject ?? "";

        public string Text => Message.TextBody ?? "";

        /// <summary>Everything a reader sees: headers (subject, recipients) and body.</summary>
        public string All => Message.Headers + "\n" + Text;
    }

    private sealed class Store : MessageStore
    {
        public ConcurrentQueue<CapturedMail> Messages { get; } = new();

        public override async Task<SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            await using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            Messages.Enqueue(new CapturedMail([.. transaction.To.Select(m => $"{m.User}@{m.Host}")], message));
            return SmtpResponse.Ok;
        }
    }
}
