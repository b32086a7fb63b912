namespace Vetting.Core.Platforms;

/// <summary>One answer on the registration form that helps screening (for example "Ultimate parent company").</summary>
public sealed record RegistrantAnswer(string Question, string Answer);
