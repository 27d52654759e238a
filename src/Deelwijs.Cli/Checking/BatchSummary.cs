namespace Deelwijs.Cli.Checking;

/// <summary>How much a batch run read and how many lines could not be checked.</summary>
internal sealed class BatchSummary
{
    public long Bytes { get; set; }
    public int Lines { get; set; }
    /// <summary>The input line numbers of the lines that could not be checked, in order.</summary>
    public List<int> ErrorLines { get; } = [];
}
