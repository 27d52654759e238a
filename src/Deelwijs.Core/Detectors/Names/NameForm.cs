namespace Deelwijs.Core.Detectors.Names;

/// <summary>How a roster person is named in the text.</summary>
internal enum NameForm
{
    /// <summary>First name and last name (with tussenvoegsel if they have one).</summary>
    Full,

    /// <summary>A first name that only one person on the roster has.</summary>
    FirstName,

    /// <summary>A title with a last or first name: juf Van der Berg, meester Bas.</summary>
    Titled,
}
