namespace Deelwijs.Documents;

/// <summary>Whose file a dossier is: a pupil's (leerlingdossier) or a staff member's (personeelsdossier).</summary>
public enum DossierKind
{
    Pupil,
    Staff,
}
