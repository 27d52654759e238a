namespace Deelwijs.Data;

/// <summary>Whose file a dossier entry is in; stored as its Dutch code ("leerlingdossier", "personeelsdossier").</summary>
public enum DossierType
{
    /// <summary>Leerlingdossier: pupils, and the parents whose conduct follows the pupils' ladder.</summary>
    PupilFile,

    /// <summary>Personeelsdossier.</summary>
    StaffFile,
}
