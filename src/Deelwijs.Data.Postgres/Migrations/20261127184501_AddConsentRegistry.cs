using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Deelwijs.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AddConsentRegistry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "PersonId",
                table: "Memberships",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ConsentPurposes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Explanation = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsentPurposes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsentPurposes_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConsentRecords",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    PersonId = table.Column<int>(type: "integer", nullable: false),
                    Purpose = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Granted = table.Column<bool>(type: "boolean", nullable: false),
                    SchoolYear = table.Column<int>(type: "integer", nullable: false),
                    GivenOn = table.Column<DateOnly>(type: "date", nullable: false),
                    GivenBy = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Method = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RecordedByUserId = table.Column<string>(type: "text", nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsentRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsentRecords_AspNetUsers_RecordedByUserId",
                        column: x => x.RecordedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ConsentRecords_SchoolPeople_PersonId",
                        column: x => x.PersonId,
                        principalTable: "SchoolPeople",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ConsentRecords_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Guardianships",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    PersonId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Guardianships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Guardianships_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Guardianships_SchoolPeople_PersonId",
                        column: x => x.PersonId,
                        principalTable: "SchoolPeople",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Memberships_PersonId",
                table: "Memberships",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsentPurposes_SchoolId_Code",
                table: "ConsentPurposes",
                columns: new[] { "SchoolId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConsentRecords_PersonId",
                table: "ConsentRecords",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsentRecords_RecordedByUserId",
                table: "ConsentRecords",
                column: "RecordedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsentRecords_SchoolId_SchoolYear_PersonId_Purpose",
                table: "ConsentRecords",
                columns: new[] { "SchoolId", "SchoolYear", "PersonId", "Purpose" });

            migrationBuilder.CreateIndex(
                name: "IX_Guardianships_PersonId",
                table: "Guardianships",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Guardianships_UserId_PersonId",
                table: "Guardianships",
                columns: new[] { "UserId", "PersonId" },
                unique: true);

            // Every existing school starts with the default purposes (ConsentPurposes.Defaults at the time of this migration).
            migrationBuilder.Sql("INSERT INTO \"ConsentPurposes\" (\"SchoolId\", \"Code\", \"Name\", \"Explanation\", \"SortOrder\", \"Active\") SELECT \"Id\", 'schoolgids', 'Schoolgids', 'Foto''s in de schoolgids en de schoolfolder die we aan nieuwe ouders geven.', 0, TRUE FROM \"Schools\";");
            migrationBuilder.Sql("INSERT INTO \"ConsentPurposes\" (\"SchoolId\", \"Code\", \"Name\", \"Explanation\", \"SortOrder\", \"Active\") SELECT \"Id\", 'nieuwsbrief', 'Nieuwsbrief', 'Foto''s in de nieuwsbrief die naar alle ouders van de school gaat.', 1, TRUE FROM \"Schools\";");
            migrationBuilder.Sql("INSERT INTO \"ConsentPurposes\" (\"SchoolId\", \"Code\", \"Name\", \"Explanation\", \"SortOrder\", \"Active\") SELECT \"Id\", 'website', 'Website', 'Foto''s en filmpjes op de website van de school; die is voor iedereen te zien.', 2, TRUE FROM \"Schools\";");
            migrationBuilder.Sql("INSERT INTO \"ConsentPurposes\" (\"SchoolId\", \"Code\", \"Name\", \"Explanation\", \"SortOrder\", \"Active\") SELECT \"Id\", 'sociale-media', 'Sociale media van de school', 'Foto''s en filmpjes op de accounts van de school, zoals Facebook en Instagram; die zijn voor iedereen te zien.', 3, TRUE FROM \"Schools\";");
            migrationBuilder.Sql("INSERT INTO \"ConsentPurposes\" (\"SchoolId\", \"Code\", \"Name\", \"Explanation\", \"SortOrder\", \"Active\") SELECT \"Id\", 'schoolapp', 'Schoolapp (achter inlog)', 'Foto''s en filmpjes in de schoolapp; alleen ouders en medewerkers van de school kunnen ze zien.', 4, TRUE FROM \"Schools\";");
            migrationBuilder.Sql("INSERT INTO \"ConsentPurposes\" (\"SchoolId\", \"Code\", \"Name\", \"Explanation\", \"SortOrder\", \"Active\") SELECT \"Id\", 'pers', 'Pers', 'Foto''s en filmpjes in de krant of op het nieuws, bijvoorbeeld bij een feest of een project.', 5, TRUE FROM \"Schools\";");
            migrationBuilder.Sql("INSERT INTO \"ConsentPurposes\" (\"SchoolId\", \"Code\", \"Name\", \"Explanation\", \"SortOrder\", \"Active\") SELECT \"Id\", 'intern-video', 'Video voor intern gebruik', 'Video-opnamen in de klas om leraren te trainen; alleen collega''s zien ze, daarna worden ze gewist.', 6, TRUE FROM \"Schools\";");

            migrationBuilder.AddForeignKey(
                name: "FK_Memberships_SchoolPeople_PersonId",
                table: "Memberships",
                column: "PersonId",
                principalTable: "SchoolPeople",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Memberships_SchoolPeople_PersonId",
                table: "Memberships");

            migrationBuilder.DropTable(
                name: "ConsentPurposes");

            migrationBuilder.DropTable(
                name: "ConsentRecords");

            migrationBuilder.DropTable(
                name: "Guardianships");

            migrationBuilder.DropIndex(
                name: "IX_Memberships_PersonId",
                table: "Memberships");

            migrationBuilder.DropColumn(
                name: "PersonId",
                table: "Memberships");
        }
    }
}
