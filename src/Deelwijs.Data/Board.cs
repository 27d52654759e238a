namespace Deelwijs.Data;

/// <summary>A school board (bestuur, stichting) that runs one or more schools.</summary>
public sealed class Board
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<School> Schools { get; set; } = [];
}
