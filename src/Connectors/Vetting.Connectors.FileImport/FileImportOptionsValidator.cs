using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Vetting.Connectors.FileImport;

/// <summary>Checks every imported event: its attributes, and that its export file exists.</summary>
internal sealed class FileImportOptionsValidator : IValidateOptions<FileImportOptions>
{
    public ValidateOptionsResult Validate(string? name, FileImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        foreach (var (eventName, eventOptions) in options.Events)
        {
            var results = new List<ValidationResult>();
            if (!Validator.TryValidateObject(eventOptions, new ValidationContext(eventOptions), results, validateAllProperties: true))
            {
                failures.AddRange(results.Select(r => $"{FileImportOptions.SectionName}:Events:{eventName}: {r.ErrorMessage}"));
            }
            else if (!File.Exists(eventOptions.Path))
            {
                failures.Add($"{FileImportOptions.SectionName}:Events:{eventName}: the export '{eventOptions.Path}' does not exist");
            }

            if (eventName.Length is 0 or > 64 || eventName.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-')))
            {
                failures.Add($"{FileImportOptions.SectionName}:Events: event name '{eventName}' must be 1-64 letters, digits, '.', '_' or '-'");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
