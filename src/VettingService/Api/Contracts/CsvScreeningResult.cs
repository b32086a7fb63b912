namespace Vetting.Service.Api.Contracts;

/// <summary>A screened CSV upload: counts, and one result per data row (rejected rows by number, nothing dropped).</summary>
internal sealed record CsvScreeningResult(int Rows, int Screened, int Rejected, IReadOnlyList<CsvRowResult> Results, IReadOnlyDictionary<string, string> Lists);
