namespace Vetting.Service.Api.Contracts;

/// <summary>One validation problem of an uploaded list, by line.</summary>
internal sealed record ListProblem(long? Line, string Problem);
