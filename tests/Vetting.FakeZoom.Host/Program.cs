using System.Globalization;
using Vetting.Testing.FakeZoom;

// Usage: Vetting.FakeZoom.Host [scenario name or path to .json] [--port N]
// Example: dotnet run --project tests/Vetting.FakeZoom.Host -- basic --port 5099
// Prints the base URLs and the Connectors__Zoom__Accounts__* variables that point the service at it; Ctrl+C stops.
var scenarioArg = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "basic";
var portIndex = Array.IndexOf(args, "--port");
var port = portIndex >= 0 && portIndex + 1 < args.Length ? int.Parse(args[portIndex + 1], CultureInfo.InvariantCulture) : 0;
var scenario = File.Exists(scenarioArg) ? FakeZoomScenario.Load(scenarioArg) : FakeZoomScenario.LoadNamed(scenarioArg);

await using var server = await FakeZoomServer.StartAsync(scenario, port: port);
Console.WriteLine($"Fake Zoom ({scenarioArg}) listening on {server.BaseUrl}");
Console.WriteLine($"  OAuth: {server.OAuthBaseUrl}/oauth/token   API: {server.ApiBaseUrl}");
for (var i = 0; i < scenario.Accounts.Count; i++)
{
    var account = scenario.Accounts[i];
    var name = "demo" + (i == 0 ? "" : (i + 1).ToString(CultureInfo.InvariantCulture));
    Console.WriteLine();
    Console.WriteLine($"export Connectors__Zoom__Accounts__{name}__AccountId={account.AccountId}");
    Console.WriteLine($"export Connectors__Zoom__Accounts__{name}__ClientId={account.ClientId}");
    Console.WriteLine($"export Connectors__Zoom__Accounts__{name}__ClientSecret={account.ClientSecret}");
    Console.WriteLine($"export Connectors__Zoom__Accounts__{name}__WebhookSecretToken={account.WebhookSecretToken}");
    Console.WriteLine($"export Connectors__Zoom__Accounts__{name}__Plan={account.Plan}");
    Console.WriteLine($"export Connectors__Zoom__Accounts__{name}__OAuthBaseUrl={server.OAuthBaseUrl}");
    Console.WriteLine($"export Connectors__Zoom__Accounts__{name}__ApiBaseUrl={server.ApiBaseUrl}");
}

Console.WriteLine();
Console.WriteLine("Press Ctrl+C to stop.");
var stop = new TaskCompletionSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.TrySetResult();
};
await stop.Task;
