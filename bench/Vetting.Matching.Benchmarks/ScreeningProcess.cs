using System.Diagnostics;
using System.Globalization;

namespace Vetting.Matching.Benchmarks;

/// <summary>
/// Starts <see cref="SnapshotScreeningRun"/> in a child process (this same executable with its hidden verb), relays
/// its output and returns its mean wall-clock time per registrant.
/// </summary>
internal static class ScreeningProcess
{
    public static double Run(string snapshotPath, string queryPath)
    {
        var host = Environment.ProcessPath ?? throw new InvalidOperationException("The path of this process's executable is unknown.");
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, UseShellExecute = false };
        if (string.Equals(Path.GetFileNameWithoutExtension(host), "dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(typeof(ScreeningProcess).Assembly.Location);
        }

        start.ArgumentList.Add(SnapshotScreeningRun.Verb);
        start.ArgumentList.Add(snapshotPath);
        start.ArgumentList.Add(queryPath);
        using var child = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {host}.");
        double? perRegistrant = null;
        while (child.StandardOutput.ReadLine() is { } line)
        {
            if (line.StartsWith(SnapshotScreeningRun.PerRegistrantMarker, StringComparison.Ordinal))
            {
                perRegistrant = double.Parse(line[SnapshotScreeningRun.PerRegistrantMarker.Length..], CultureInfo.InvariantCulture);
            }
            else
            {
                Console.WriteLine(line);
            }
        }

        child.WaitForExit();
        if (child.ExitCode != 0 || perRegistrant is null)
        {
            throw new InvalidOperationException($"The screening process failed (exit code {child.ExitCode}).");
        }

        return perRegistrant.Value;
    }
}
