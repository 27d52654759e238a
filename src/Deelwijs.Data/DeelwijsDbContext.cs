using Deelwijs.Core.Consent;
using Deelwijs.Core.Rosters;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Deelwijs.Data;

/// <summary>Deelwijs's database: boards, schools, rosters, accounts with their roles per school, API keys, approval requests, image consent, and incident cases with dossiers and the audit log.</summary>
public sealed class DeelwijsDbContext(DbContextOptions<DeelwijsDbContext> options) : IdentityDbContext<DeelwijsUser>(options)
{
    public const string SqliteProvider = "Microsoft.EntityFrameworkCore.Sqlite";

    public DbSet<Board> Boards => Set<Board>();

    public DbSet<School> Schools => Set<School>();

    public DbSet<SchoolPerson> People => Set<SchoolPerson>();

    public DbSet<Membership> Memberships => Set<Membership>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<ApprovalRequest> ApprovalRequests => Set<ApprovalRequest>();

    public DbSet<ApprovalStep> ApprovalSteps => Set<ApprovalStep>();

    public DbSet<ApprovalAttachment> ApprovalAttachments => Set<ApprovalAttachment>();

    public DbSet<ConsentPurposeSetting> ConsentPurposes => Set<ConsentPurposeSetting>();

    public DbSet<ConsentRecord> ConsentRecords => Set<ConsentRecord>();

    public DbSet<Guardianship> Guardianships => Set<Guardianship>();

    public DbSet<Incident> Incidents => Set<Incident>();

    public DbSet<IncidentPerson> IncidentPeople => Set<IncidentPerson>();

    public DbSet<IncidentStep> IncidentSteps => Set<IncidentStep>();

    public DbSet<IncidentDocument> IncidentDocuments => Set<IncidentDocument>();

    public DbSet<DossierEntry> DossierEntries => Set<DossierEntry>();

    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    public DbSet<LetterTemplateOverride> LetterTemplates => Set<LetterTemplateOverride>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        GuardConsentHistory();
        AuditLogGuard.Check(ChangeTracker);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        GuardConsentHistory();
        AuditLogGuard.Check(ChangeTracker);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // SQLite cannot compare or sort DateTimeOffset text; as ticks it can (all our times are UTC).
        if (string.Equals(Database.ProviderName, SqliteProvider, StringComparison.Ordinal))
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);

        builder.Entity<DeelwijsUser>(user => user.Property(u => u.DisplayName).HasMaxLength(200));

        builder.Entity<Board>(board => board.Property(b => b.Name).HasMaxLength(200));

        builder.Entity<School>(school =>
        {
            school.Property(s => s.Name).HasMaxLength(200);
            school.Property(s => s.ProtocolId).HasMaxLength(100);
            school.HasOne(s => s.Board).WithMany(b => b.Schools).HasForeignKey(s => s.BoardId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<SchoolPerson>(person =>
        {
            person.ToTable("SchoolPeople");
            person.Property(p => p.Kind).HasConversion(new EnumToStringConverter<PersonKind>()).HasMaxLength(20);
            person.Property(p => p.FirstName).HasMaxLength(100);
            person.Property(p => p.Tussenvoegsel).HasMaxLength(50);
            person.Property(p => p.LastName).HasMaxLength(150);
            person.Property(p => p.Group).HasMaxLength(50);
            person.Property(p => p.Number).HasMaxLength(50);
            person.HasOne(p => p.School).WithMany(s => s.People).HasForeignKey(p => p.SchoolId).OnDelete(DeleteBehavior.Cascade);
            person.HasIndex(p => new { p.SchoolId, p.Kind });
        });

        builder.Entity<Membership>(membership =>
        {
            membership.Property(m => m.Role).HasConversion(new RoleCodeConverter()).HasMaxLength(30);
            membership.Property(m => m.Function).HasMaxLength(200);
            membership.HasOne(m => m.User).WithMany(u => u.Memberships).HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
            membership.HasOne(m => m.School).WithMany().HasForeignKey(m => m.SchoolId).OnDelete(DeleteBehavior.Cascade);
            membership.HasOne(m => m.Board).WithMany().HasForeignKey(m => m.BoardId).OnDelete(DeleteBehavior.Cascade);
            membership.HasOne(m => m.Person).WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.SetNull);
            membership.HasIndex(m => new { m.UserId, m.SchoolId, m.BoardId, m.Role }).IsUnique();
            membership.ToTable(t => t.HasCheckConstraint(
                "CK_Memberships_SchoolOrBoard",
                "(\"SchoolId\" IS NULL) <> (\"BoardId\" IS NULL)"));
        });

        builder.Entity<ApiKey>(key =>
        {
            key.Property(k => k.Name).HasMaxLength(100);
            key.Property(k => k.Prefix).HasMaxLength(ApiKey.PrefixLength);
            key.Property(k => k.Hash).HasMaxLength(64);
            key.HasIndex(k => k.Hash).IsUnique();
            key.HasOne(k => k.School).WithMany().HasForeignKey(k => k.SchoolId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<ApprovalRequest>(request =>
        {
            request.Property(r => r.AuthorRole).HasConversion(new RoleCodeConverter()).HasMaxLength(30);
            request.Property(r => r.ApproverRole).HasConversion(new RoleCodeConverter()).HasMaxLength(30);
            request.Property(r => r.Status).HasConversion(new ApprovalCodes.StatusConverter()).HasMaxLength(30);
            request.Property(r => r.Channel).HasMaxLength(30);
            request.Property(r => r.Context).HasMaxLength(30);
            request.Property(r => r.ReplyTo).HasMaxLength(30);
            request.Property(r => r.Verdict).HasMaxLength(30);
            request.HasOne(r => r.School).WithMany().HasForeignKey(r => r.SchoolId).OnDelete(DeleteBehavior.Cascade);
            request.HasOne(r => r.Author).WithMany().HasForeignKey(r => r.AuthorUserId).OnDelete(DeleteBehavior.Restrict);
            request.HasMany(r => r.Steps).WithOne(s => s.Request).HasForeignKey(s => s.ApprovalRequestId).OnDelete(DeleteBehavior.Cascade);
            request.HasMany(r => r.Attachments).WithOne(a => a.ApprovalRequest).HasForeignKey(a => a.ApprovalRequestId).OnDelete(DeleteBehavior.Cascade);
            request.Property(r => r.Depicted).HasMaxLength(4000);
            request.HasIndex(r => new { r.SchoolId, r.Status, r.ApproverRole });
            request.HasIndex(r => r.AuthorUserId);
            request.HasIndex(r => r.ExpiresAt);
        });

        builder.Entity<ApprovalAttachment>(attachment =>
        {
            attachment.Property(a => a.FileName).HasMaxLength(255);
            attachment.Property(a => a.ContentType).HasMaxLength(100);
        });

        builder.Entity<ApprovalStep>(step =>
        {
            step.Property(s => s.Kind).HasConversion(new ApprovalCodes.StepKindConverter()).HasMaxLength(30);
            step.Property(s => s.Comment).HasMaxLength(2000);
            step.HasOne(s => s.User).WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<ConsentPurposeSetting>(purpose =>
        {
            purpose.ToTable("ConsentPurposes");
            purpose.Property(p => p.Code).HasMaxLength(ConsentPurposeSetting.CodeLength);
            purpose.Property(p => p.Name).HasMaxLength(ConsentPurposeSetting.NameLength);
            purpose.Property(p => p.Explanation).HasMaxLength(ConsentPurposeSetting.ExplanationLength);
            purpose.HasOne(p => p.School).WithMany().HasForeignKey(p => p.SchoolId).OnDelete(DeleteBehavior.Cascade);
            purpose.HasIndex(p => new { p.SchoolId, p.Code }).IsUnique();
        });

        builder.Entity<ConsentRecord>(record =>
        {
            record.Property(r => r.Purpose).HasMaxLength(ConsentPurposeSetting.CodeLength);
            record.Property(r => r.SchoolYear).HasConversion(y => y.StartYear, start => new SchoolYear(start));
            record.Property(r => r.GivenBy).HasConversion(new EnumToStringConverter<ConsentGiver>()).HasMaxLength(20);
            record.Property(r => r.Method).HasConversion(new EnumToStringConverter<ConsentMethod>()).HasMaxLength(20);
            record.HasOne(r => r.School).WithMany().HasForeignKey(r => r.SchoolId).OnDelete(DeleteBehavior.Cascade);
            record.HasOne(r => r.Person).WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Cascade);
            record.HasOne(r => r.RecordedBy).WithMany().HasForeignKey(r => r.RecordedByUserId).OnDelete(DeleteBehavior.SetNull);
            record.HasIndex(r => new { r.SchoolId, r.SchoolYear, r.PersonId, r.Purpose });
            record.HasIndex(r => r.PersonId);
        });

        builder.Entity<Guardianship>(guardianship =>
        {
            guardianship.HasOne(g => g.User).WithMany().HasForeignKey(g => g.UserId).OnDelete(DeleteBehavior.Cascade);
            guardianship.HasOne(g => g.Person).WithMany().HasForeignKey(g => g.PersonId).OnDelete(DeleteBehavior.Cascade);
            guardianship.HasIndex(g => new { g.UserId, g.PersonId }).IsUnique();
            guardianship.HasIndex(g => g.PersonId);
        });

        IncidentModel.Configure(builder);

        builder.Entity<LetterTemplateOverride>(letter =>
        {
            letter.Property(l => l.Code).HasMaxLength(LetterTemplateOverride.CodeLength);
            letter.Property(l => l.Body).HasMaxLength(LetterTemplateOverride.BodyLength);
            letter.HasOne(l => l.School).WithMany().HasForeignKey(l => l.SchoolId).OnDelete(DeleteBehavior.Cascade);
            letter.HasOne(l => l.UpdatedByUser).WithMany().HasForeignKey(l => l.UpdatedBy).OnDelete(DeleteBehavior.SetNull);
            letter.HasIndex(l => new { l.SchoolId, l.Code }).IsUnique();
        });
    }

    // Consent history is append-only: a changed choice is a new record, never an edit of an old one.
    private void GuardConsentHistory()
    {
        if (ChangeTracker.Entries<ConsentRecord>().Any(e => e.State == EntityState.Modified))
        {
            throw new InvalidOperationException("Een vastgelegde toestemming wordt nooit gewijzigd; leg een nieuwe keuze vast.");
        }
    }
}
