namespace Deelwijs.Documents;

/// <summary>A field a letter template can contain as <c>{{naam}}</c>, with what it stands for in Dutch.</summary>
public sealed record Placeholder(string Name, string Description)
{
    /// <summary>How the field is written in a template: <c>{{leerling}}</c>.</summary>
    public string Token => "{{" + Name + "}}";
}
