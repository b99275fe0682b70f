using System.CommandLine;
using ProtectHub.Cli;

var root = new RootCommand("ProtectHub administration: database, users, audit, referrals, Prevent, advisories and record linkage.");
root.Subcommands.Add(AdminCommands.Migrate());
root.Subcommands.Add(AdminCommands.User());
root.Subcommands.Add(AdminCommands.Audit());
root.Subcommands.Add(AdminCommands.Referrals());
root.Subcommands.Add(AdminCommands.Prevent());
root.Subcommands.Add(AdminCommands.Advisories());
root.Subcommands.Add(AdminCommands.Backup());
root.Subcommands.Add(AdminCommands.Restore());
root.Subcommands.Add(LinkCommands.Create());
return await root.Parse(LinkCommands.RewriteArguments(args)).InvokeAsync();
