namespace Vetting.Data.Model;

/// <summary>Column lengths, checked by the stores before writing so every provider refuses the same input.</summary>
internal static class Lengths
{
    public const int Id = 200;
    public const int Code = 100;
    public const int Hash = 64;
    public const int Text = 1024;
    public const int Email = 320;
    public const int Reason = 2000;
    public const int Topic = 500;
}
