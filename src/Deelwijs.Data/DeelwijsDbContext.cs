using Deelwijs.Core.Rosters;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Deelwijs.Data;

/// <summary>Deelwijs's database: boards, schools, rosters, accounts with their roles per school, API keys and approval requests.</summary>
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
            request.HasIndex(r => new { r.SchoolId, r.Status, r.ApproverRole });
            request.HasIndex(r => r.AuthorUserId);
            request.HasIndex(r => r.ExpiresAt);
        });

        builder.Entity<ApprovalStep>(step =>
        {
            step.Property(s => s.Kind).HasConversion(new ApprovalCodes.StepKindConverter()).HasMaxLength(30);
            step.Property(s => s.Comment).HasMaxLength(2000);
            step.HasOne(s => s.User).WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
