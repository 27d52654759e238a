namespace Deelwijs.Data;

/// <summary>A school of a board, with the names people use for it and the protocol it has adopted.</summary>
public sealed class School
{
    public int Id { get; set; }

    public int BoardId { get; set; }

    public Board? Board { get; set; }

    public required string Name { get; set; }

    /// <summary>Other names by which posts mention the school (abbreviations, old names).</summary>
    public List<string> Aliases { get; set; } = [];

    /// <summary>The id of the adopted template protocol (ProtocolCatalog), when the school has no own file.</summary>
    public string? ProtocolId { get; set; }

    /// <summary>The school's own protocol file (YAML), which takes precedence over <see cref="ProtocolId"/>.</summary>
    public string? ProtocolYaml { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<SchoolPerson> People { get; set; } = [];
}
