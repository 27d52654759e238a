namespace Deelwijs.Cli.Checking;

/// <summary>How much a batch run read and how many lines could not be checked.</summary>
internal sealed class BatchSummary
{
    public long Bytes { get; set; }
    public int Lines { get; set; }
    public int Errors { get; set; }
}
