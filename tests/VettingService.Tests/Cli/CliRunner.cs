using System.CommandLine;
using Vetting.Service.Cli;

namespace VettingService.Tests.Cli;

/// <summary>Runs the <c>vetting</c> command line in-process with captured output, against a given data folder.</summary>
internal static class CliRunner
{
    public static async Task<CliResult> RunAsync(string dataDirectory, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var parse = VettingCommandLine.Build().Parse([.. args, "--data-dir", dataDirectory]);
        var exitCode = await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, TestContext.Current.CancellationToken);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }
}

internal sealed record CliResult(int ExitCode, string Output, string Error);
