namespace Deelwijs.Web.Uploads;

/// <summary>An uploaded CSV file: its name without any folder, and its bytes.</summary>
public sealed record CsvFile(string FileName, byte[] Content);
