using Microsoft.EntityFrameworkCore;

namespace Deelwijs.Data;

/// <summary>The EF Core mapping of cases, their people, steps and documents, the dossiers and the audit log.</summary>
internal static class IncidentModel
{
    private const int CodeLength = 30;

    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<Incident>(incident =>
        {
            incident.Property(i => i.Category).HasConversion(new IncidentCodes.CategoryConverter()).HasMaxLength(CodeLength);
            incident.Property(i => i.Status).HasConversion(new IncidentCodes.StatusConverter()).HasMaxLength(CodeLength);
            incident.Property(i => i.Subject).HasConversion(new IncidentCodes.SubjectConverter()).HasMaxLength(CodeLength);
            incident.Property(i => i.RoutedTo).HasConversion(new RoleCodeConverter()).HasMaxLength(CodeLength);
            incident.Property(i => i.Description).HasMaxLength(Incident.DescriptionLength);
            incident.Property(i => i.Platform).HasMaxLength(Incident.PlatformLength);
            incident.Property(i => i.Link).HasMaxLength(Incident.LinkLength);
            incident.Property(i => i.ApiKeyPrefix).HasMaxLength(ApiKey.PrefixLength);
            incident.HasOne(i => i.School).WithMany().HasForeignKey(i => i.SchoolId).OnDelete(DeleteBehavior.Cascade);
            incident.HasOne(i => i.Reporter).WithMany().HasForeignKey(i => i.ReporterUserId).OnDelete(DeleteBehavior.SetNull);
            incident.HasOne(i => i.ClosedBy).WithMany().HasForeignKey(i => i.ClosedByUserId).OnDelete(DeleteBehavior.SetNull);
            incident.HasMany(i => i.People).WithOne(p => p.Incident).HasForeignKey(p => p.IncidentId).OnDelete(DeleteBehavior.Cascade);
            incident.HasMany(i => i.Steps).WithOne(s => s.Incident).HasForeignKey(s => s.IncidentId).OnDelete(DeleteBehavior.Cascade);
            incident.HasMany(i => i.Documents).WithOne(d => d.Incident).HasForeignKey(d => d.IncidentId).OnDelete(DeleteBehavior.Cascade);
            incident.HasIndex(i => new { i.SchoolId, i.Status });
            incident.HasIndex(i => i.ReporterUserId);
            incident.HasIndex(i => i.ExpiresAt);
        });

        builder.Entity<IncidentPerson>(person =>
        {
            person.Property(p => p.Name).HasMaxLength(IncidentPerson.NameLength);
            person.Property(p => p.SubjectAs).HasConversion(new IncidentCodes.SubjectConverter()).HasMaxLength(CodeLength);
            person.HasOne(p => p.Person).WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.SetNull);
            person.HasIndex(p => p.PersonId);
        });

        builder.Entity<IncidentStep>(step =>
        {
            step.Property(s => s.StepId).HasMaxLength(IncidentStep.StepIdLength);
            step.Property(s => s.Present).HasMaxLength(IncidentStep.PresentLength);
            step.Property(s => s.Outcome).HasMaxLength(IncidentStep.OutcomeLength);
            step.HasOne(s => s.RecordedBy).WithMany().HasForeignKey(s => s.RecordedByUserId).OnDelete(DeleteBehavior.SetNull);
        });

        builder.Entity<IncidentDocument>(document =>
        {
            document.Property(d => d.FileName).HasMaxLength(IncidentDocument.FileNameLength);
            document.Property(d => d.ContentType).HasMaxLength(100);
            document.HasOne(d => d.Step).WithMany().HasForeignKey(d => d.IncidentStepId).OnDelete(DeleteBehavior.SetNull);
            document.HasOne(d => d.UploadedBy).WithMany().HasForeignKey(d => d.UploadedByUserId).OnDelete(DeleteBehavior.SetNull);
        });

        builder.Entity<DossierEntry>(entry =>
        {
            entry.Property(e => e.Type).HasConversion(new IncidentCodes.DossierTypeConverter()).HasMaxLength(CodeLength);
            entry.Property(e => e.PersonName).HasMaxLength(IncidentPerson.NameLength);
            entry.Property(e => e.Title).HasMaxLength(DossierEntry.TitleLength);
            entry.Property(e => e.Text).HasMaxLength(DossierEntry.TextLength);
            entry.HasOne(e => e.School).WithMany().HasForeignKey(e => e.SchoolId).OnDelete(DeleteBehavior.Cascade);
            entry.HasOne(e => e.Person).WithMany().HasForeignKey(e => e.PersonId).OnDelete(DeleteBehavior.SetNull);
            entry.HasOne(e => e.Incident).WithMany().HasForeignKey(e => e.IncidentId).OnDelete(DeleteBehavior.SetNull);
            entry.HasOne(e => e.Step).WithMany().HasForeignKey(e => e.IncidentStepId).OnDelete(DeleteBehavior.SetNull);
            entry.HasOne(e => e.Document).WithMany().HasForeignKey(e => e.IncidentDocumentId).OnDelete(DeleteBehavior.SetNull);
            entry.HasOne(e => e.CreatedBy).WithMany().HasForeignKey(e => e.CreatedByUserId).OnDelete(DeleteBehavior.SetNull);
            entry.HasIndex(e => new { e.SchoolId, e.PersonId });
            entry.HasIndex(e => e.IncidentId);
            entry.HasIndex(e => e.ExpiresAt);
        });

        builder.Entity<AuditEntry>(audit =>
        {
            audit.ToTable("AuditLog");
            audit.Property(a => a.Action).HasConversion(new IncidentCodes.AuditActionConverter()).HasMaxLength(CodeLength);
            audit.Property(a => a.Actor).HasMaxLength(AuditEntry.NameLength);
            audit.Property(a => a.Detail).HasMaxLength(AuditEntry.DetailLength);
            audit.HasOne(a => a.School).WithMany().HasForeignKey(a => a.SchoolId).OnDelete(DeleteBehavior.Cascade);
            audit.HasIndex(a => new { a.SchoolId, a.IncidentId });
            audit.HasIndex(a => new { a.SchoolId, a.PersonId });
            audit.HasIndex(a => a.At);
        });
    }
}
