using System.CommandLine;
using ProtectHub.Linkage;

namespace ProtectHub.Cli;

/// <summary>
/// protecthub link dedupe | link | incremental: a thin shell over <see cref="LinkageRunner"/>. Progress goes to stderr,
/// the summary to stdout; a settings or input problem is one clear line on stderr and exit code 2.
/// </summary>
internal static class LinkCommands
{
    /// <summary>
    /// System.CommandLine cannot hold a subcommand with its parent's name, so "link link" is rewritten to this name
    /// before parsing; both spellings work.
    /// </summary>
    public const string LinkTwoFiles = "link-two";

    public static string[] RewriteArguments(string[] args) =>
        args is ["link", "link", .. var rest] ? ["link", LinkTwoFiles, .. rest] : args;

    public static Command Create()
    {
        var settings = new Option<FileInfo>("--settings") { Description = "Settings JSON (see docs/linkage.md)", Required = true };
        var input = new Option<FileInfo>("--input") { Description = "CSV with a header and an id column", Required = true };
        var pairs = new Option<FileInfo>("--pairs") { Description = "Output: id_l,id_r,match_probability", Required = true };
        var clusters = new Option<FileInfo?>("--clusters") { Description = "Output: id,cluster_id" };
        var model = new Option<FileInfo?>("--model") { Description = "Output: the trained model, for later incremental runs" };
        var skipBadRows = new Option<bool>("--skip-bad-rows")
        {
            Description = "Skip a row with a malformed quoted value (reported with its line and counted) instead of stopping",
        };
        var encoding = new Option<string?>("--encoding")
        {
            Description = "The inputs' encoding when not UTF-8, such as windows-1252 or latin1 (UTF-8 is checked and a bad byte stops the run with its line)",
        };
        LinkageReadOptions Read(ParseResult parse) =>
            new(parse.GetValue(skipBadRows), parse.GetValue(encoding) is { } name ? LinkageReadOptions.EncodingNamed(name) : null);
        var dedupe = new Command("dedupe", "Find records of the same person within one CSV file.") { settings, input, pairs, clusters, model, skipBadRows, encoding };
        dedupe.SetAction(parse => Run(() => LinkageRunner.Dedupe(parse.GetValue(settings)!.FullName, parse.GetValue(input)!.FullName,
            parse.GetValue(pairs)!.FullName, parse.GetValue(clusters)?.FullName, Console.Error, parse.GetValue(model)?.FullName, Read(parse))));

        var left = new Option<FileInfo>("--left") { Description = "First CSV file", Required = true };
        var right = new Option<FileInfo>("--right") { Description = "Second CSV file", Required = true };
        var link = new Command(LinkTwoFiles, "Find records of the same person across two CSV files (also: 'protecthub link link').") { settings, left, right, pairs, clusters, skipBadRows, encoding };
        link.SetAction(parse => Run(() => LinkageRunner.Link(parse.GetValue(settings)!.FullName, parse.GetValue(left)!.FullName,
            parse.GetValue(right)!.FullName, parse.GetValue(pairs)!.FullName, Console.Error, parse.GetValue(clusters)?.FullName, Read(parse))));

        var trained = new Option<FileInfo>("--model") { Description = "A model saved by 'link dedupe --model'", Required = true };
        var existing = new Option<FileInfo>("--existing") { Description = "Records already clustered", Required = true };
        var existingClusters = new Option<FileInfo>("--existing-clusters") { Description = "Their id,cluster_id file", Required = true };
        var newRecords = new Option<FileInfo>("--new") { Description = "New records to link", Required = true };
        var outClusters = new Option<FileInfo>("--clusters") { Description = "Output: id,cluster_id for all records (existing ids keep their cluster)", Required = true };
        var incremental = new Command("incremental", "Link new records to existing clusters without re-running everything.")
        {
            trained, existing, existingClusters, newRecords, pairs, outClusters, skipBadRows, encoding,
        };
        incremental.SetAction(parse => Run(() => LinkageRunner.LinkIncremental(parse.GetValue(trained)!.FullName,
            parse.GetValue(existing)!.FullName, parse.GetValue(existingClusters)!.FullName, parse.GetValue(newRecords)!.FullName,
            parse.GetValue(pairs)!.FullName, parse.GetValue(outClusters)!.FullName, Console.Error, Read(parse))));

        var maxPairs = new Option<long?>("--max-pairs") { Description = "The comparison budget: at most this many candidate pairs (default 50 a record, at least a million)" };
        var suggest = new Command("suggest-blocking", "Propose blocking rules for a file, with each rule's pairs and the estimated pair completeness.")
        {
            settings, input, maxPairs, skipBadRows, encoding,
        };
        suggest.SetAction(parse =>
        {
            try
            {
                var suggestion = LinkageRunner.SuggestBlocking(parse.GetValue(settings)!.FullName, parse.GetValue(input)!.FullName, parse.GetValue(maxPairs), Console.Error, Read(parse));
                Console.WriteLine(suggestion.ToString());
                Console.WriteLine();
                Console.WriteLine("\"blockingRules\": [");
                Console.WriteLine(string.Join("," + Environment.NewLine, suggestion.Rules.Select(r => $"  {{ \"keys\": [{string.Join(", ", r.Rule.Keys.Select(k => $"\"{k}\""))}] }}")));
                Console.WriteLine("]");
                return 0;
            }
            catch (Exception e) when (e is LinkageException or FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"protecthub link: {e.Message}");
                return 2;
            }
        });

        return new Command("link", "Record linkage: find the same person across messy records.") { dedupe, link, incremental, suggest };
    }

    private static int Run(Func<LinkageSummary> work)
    {
        try
        {
            Console.WriteLine(work().ToString());
            return 0;
        }
        catch (Exception e) when (e is LinkageException or FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"protecthub link: {e.Message}");
            return 2;
        }
    }
}
