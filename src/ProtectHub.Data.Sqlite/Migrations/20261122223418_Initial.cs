using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace ProtectHub.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ActorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RecordType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    RecordId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Details = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CorrelationId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PreviousHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "regions",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UnitName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_regions", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "forces",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_forces", x => x.Code);
                    table.ForeignKey(
                        name: "FK_forces_regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "users",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    HomeForceCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Roles = table.Column<string>(type: "TEXT", nullable: false),
                    Teams = table.Column<string>(type: "TEXT", nullable: false),
                    VettingLevel = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    VettingExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IsDisabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    DisabledAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    MfaEnrolledAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    LastTotpTimeStep = table.Column<long>(type: "INTEGER", nullable: false),
                    IsDemoAccount = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_users", x => x.Id);
                    table.ForeignKey(
                        name: "FK_users_forces_HomeForceCode",
                        column: x => x.HomeForceCode,
                        principalTable: "forces",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_users_regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "user_claims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_user_claims_users_UserId",
                        column: x => x.UserId,
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_logins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_logins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_user_logins_users_UserId",
                        column: x => x.UserId,
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_tokens",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_tokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_user_tokens_users_UserId",
                        column: x => x.UserId,
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "regions",
                columns: new[] { "Code", "Name", "UnitName" },
                values: new object[,]
                {
                    { "E", "Eastern", "Eastern Region Special Operations Unit (ERSOU)" },
                    { "EM", "East Midlands", "East Midlands Special Operations Unit (EMSOU)" },
                    { "LDN", "London", "Metropolitan Police Service and City of London Police" },
                    { "NE", "North East", "North East Regional Special Operations Unit (NERSOU)" },
                    { "NW", "North West", "North West Regional Organised Crime Unit (NWROCU)" },
                    { "SE", "South East", "South East Regional Organised Crime Unit (SEROCU)" },
                    { "SW", "South West", "South West Regional Organised Crime Unit (Zephyr)" },
                    { "WA", "Wales", "Southern Wales Regional Organised Crime Unit (Tarian)" },
                    { "WM", "West Midlands", "West Midlands Regional Organised Crime Unit (ROCU WM)" },
                    { "YH", "Yorkshire and the Humber", "Yorkshire and Humber Regional Organised Crime Unit (YHROCU)" }
                });

            migrationBuilder.InsertData(
                table: "forces",
                columns: new[] { "Code", "Name", "RegionCode" },
                values: new object[,]
                {
                    { "AVONSOMERSET", "Avon and Somerset Police", "SW" },
                    { "BEDFORDSHIRE", "Bedfordshire Police", "E" },
                    { "CAMBRIDGESHIRE", "Cambridgeshire Constabulary", "E" },
                    { "CHESHIRE", "Cheshire Constabulary", "NW" },
                    { "CITY", "City of London Police", "LDN" },
                    { "CLEVELAND", "Cleveland Police", "NE" },
                    { "CUMBRIA", "Cumbria Constabulary", "NW" },
                    { "DERBYSHIRE", "Derbyshire Constabulary", "EM" },
                    { "DEVONCORNWALL", "Devon and Cornwall Police", "SW" },
                    { "DORSET", "Dorset Police", "SW" },
                    { "DURHAM", "Durham Constabulary", "NE" },
                    { "DYFEDPOWYS", "Dyfed-Powys Police", "WA" },
                    { "ESSEX", "Essex Police", "E" },
                    { "GLOUCESTERSHIRE", "Gloucestershire Constabulary", "SW" },
                    { "GMP", "Greater Manchester Police", "NW" },
                    { "GWENT", "Gwent Police", "WA" },
                    { "HAMPSHIRE", "Hampshire and Isle of Wight Constabulary", "SE" },
                    { "HERTFORDSHIRE", "Hertfordshire Constabulary", "E" },
                    { "HUMBERSIDE", "Humberside Police", "YH" },
                    { "KENT", "Kent Police", "E" },
                    { "LANCASHIRE", "Lancashire Constabulary", "NW" },
                    { "LEICESTERSHIRE", "Leicestershire Police", "EM" },
                    { "LINCOLNSHIRE", "Lincolnshire Police", "EM" },
                    { "MERSEYSIDE", "Merseyside Police", "NW" },
                    { "MET", "Metropolitan Police Service", "LDN" },
                    { "NORFOLK", "Norfolk Constabulary", "E" },
                    { "NORTHANTS", "Northamptonshire Police", "EM" },
                    { "NORTHUMBRIA", "Northumbria Police", "NE" },
                    { "NORTHWALES", "North Wales Police", "NW" },
                    { "NORTHYORKS", "North Yorkshire Police", "YH" },
                    { "NOTTS", "Nottinghamshire Police", "EM" },
                    { "SOUTHWALES", "South Wales Police", "WA" },
                    { "SOUTHYORKS", "South Yorkshire Police", "YH" },
                    { "STAFFORDSHIRE", "Staffordshire Police", "WM" },
                    { "SUFFOLK", "Suffolk Constabulary", "E" },
                    { "SURREY", "Surrey Police", "SE" },
                    { "SUSSEX", "Sussex Police", "SE" },
                    { "THAMESVALLEY", "Thames Valley Police", "SE" },
                    { "WARWICKSHIRE", "Warwickshire Police", "WM" },
                    { "WESTMERCIA", "West Mercia Police", "WM" },
                    { "WESTMIDS", "West Midlands Police", "WM" },
                    { "WESTYORKS", "West Yorkshire Police", "YH" },
                    { "WILTSHIRE", "Wiltshire Police", "SW" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_ActorId",
                table: "audit_entries",
                column: "ActorId");

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_OccurredAt",
                table: "audit_entries",
                column: "OccurredAt");

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_RecordType_RecordId",
                table: "audit_entries",
                columns: new[] { "RecordType", "RecordId" });

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_Sequence",
                table: "audit_entries",
                column: "Sequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_forces_RegionCode",
                table: "forces",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_user_claims_UserId",
                table: "user_claims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_user_logins_UserId",
                table: "user_logins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "users",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_users_HomeForceCode",
                table: "users",
                column: "HomeForceCode");

            migrationBuilder.CreateIndex(
                name: "IX_users_RegionCode",
                table: "users",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "users",
                column: "NormalizedUserName",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "user_claims");

            migrationBuilder.DropTable(
                name: "user_logins");

            migrationBuilder.DropTable(
                name: "user_tokens");

            migrationBuilder.DropTable(
                name: "users");

            migrationBuilder.DropTable(
                name: "forces");

            migrationBuilder.DropTable(
                name: "regions");
        }
    }
}
