using ProtectHub.Linkage.Internals;

namespace ProtectHub.Linkage.Tests;

public class EngineTests
{
    private static readonly LinkageSettings Settings = LinkageSettings.DefaultPerson();

    [Fact]
    public void Dedupe_SyntheticPeople_FindsDuplicatesAccurately()
    {
        var (header, rows, truth) = PeopleBuilder.Build(600, seed: 7);
        var result = LinkageEngine.Dedupe(Settings, PeopleBuilder.Table(header, rows));
        var (precision, recall, f1) = TestData.Score(truth, result.Pairs.Select(p => (p.LeftId, p.RightId)));
        Assert.True(f1 >= 0.95, $"F1 {f1:0.000} precision {precision:0.000} recall {recall:0.000}");
    }

    [Fact]
    public void Dedupe_SameSeedTwice_GivesIdenticalPairsAndClusters()
    {
        var (header, rows, _) = PeopleBuilder.Build(400, seed: 3);
        var first = LinkageEngine.Dedupe(Settings, PeopleBuilder.Table(header, rows));
        var second = LinkageEngine.Dedupe(Settings, PeopleBuilder.Table(header, rows));
        Assert.NotEmpty(first.Pairs);
        Assert.Equal(first.Pairs, second.Pairs);
        Assert.Equal(first.ClusterIds, second.ClusterIds);
        Assert.Equal(first.Model.Prior, second.Model.Prior);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Dedupe_SingleThreadedAndParallel_GiveIdenticalResults(bool sampled)
    {
        var (header, rows, _) = PeopleBuilder.Build(400, seed: 5);
        var table = PeopleBuilder.Table(header, rows);
        // Sampled: random-pair and training samples smaller than the data, blocking only, to exercise every sampling path.
        var settings = sampled
            ? Settings with { Em = new EmOptions { RandomPairs = 5_000, MaxTrainingPairsPerRule = 60 }, CompareAllPairsBelow = 0 }
            : Settings;
        var parallel = LinkageEngine.Dedupe(settings with { MaxDegreeOfParallelism = 2 }, table);
        var serial = LinkageEngine.Dedupe(settings with { MaxDegreeOfParallelism = 1 }, table);
        Assert.NotEmpty(parallel.Pairs);
        Assert.Equal(parallel.Pairs, serial.Pairs);
        Assert.Equal(parallel.Model.Prior, serial.Model.Prior);
    }

    [Fact]
    public void LinkIncremental_NewRecords_GivesSameClustersAsFullRun()
    {
        var (header, rows, _) = PeopleBuilder.Build(500, seed: 11);
        var all = PeopleBuilder.Table(header, rows);
        var model = LinkageEngine.Train(Settings, all);
        var cut = rows.Count * 2 / 3;
        var existing = PeopleBuilder.Table(header, rows.Take(cut));
        var incoming = PeopleBuilder.Table(header, rows.Skip(cut));

        var full = LinkageEngine.Dedupe(model, all);
        var before = LinkageEngine.Dedupe(model, existing);
        var incremental = LinkageEngine.LinkIncremental(model, existing, before.ClusterIds, incoming);

        Assert.Equal(full.RecordIds, incremental.RecordIds);
        Assert.Equal(full.ClusterIds, incremental.ClusterIds);
        Assert.True(incremental.CandidatePairs < full.CandidatePairs);
        Assert.True(incremental.Pairs.Count > 0);
    }

    [Fact]
    public void LinkIncremental_UnaffectedExistingRecords_KeepTheirClusterIds()
    {
        var (header, rows, _) = PeopleBuilder.Build(300, seed: 13);
        var existing = PeopleBuilder.Table(header, rows.Take(200));
        var incoming = PeopleBuilder.Table(header, rows.Skip(200));
        var model = LinkageEngine.Train(Settings, existing);
        var givenIds = existing.Ids.Select(id => "C-" + id).ToArray();

        var result = LinkageEngine.LinkIncremental(model, existing, givenIds, incoming);

        for (var r = 0; r < existing.Count; r++)
        {
            Assert.Equal(givenIds[r], result.ClusterIds[r]);
        }
    }

    [Fact]
    public void Link_TwoTables_OnlyReturnsPairsAcrossTables()
    {
        var (header, rows, _) = PeopleBuilder.Build(400, seed: 17);
        var left = PeopleBuilder.Table(header, rows.Where((_, i) => i % 2 == 0));
        var right = PeopleBuilder.Table(header, rows.Where((_, i) => i % 2 == 1));
        var leftIds = left.Ids.ToHashSet();
        var rightIds = right.Ids.ToHashSet();

        var result = LinkageEngine.Link(Settings, left, right);

        Assert.NotEmpty(result.Pairs);
        Assert.All(result.Pairs, p => Assert.True(leftIds.Contains(p.LeftId) && rightIds.Contains(p.RightId)));
    }

    [Fact]
    public void Dedupe_TooManyCandidatePairs_RefusesWithClearMessage()
    {
        var (header, rows, _) = PeopleBuilder.Build(300, seed: 19);
        var loose = Settings with { BlockingRules = [new BlockingRuleSettings { Keys = ["first(surname,1)"] }], MaxCandidatePairs = 1000, CompareAllPairsBelow = 0 };
        var ex = Assert.Throws<LinkageException>(() => LinkageEngine.Dedupe(loose, PeopleBuilder.Table(header, rows)));
        Assert.Contains("maxCandidatePairs", ex.Message, StringComparison.Ordinal);
        Assert.Contains("first(surname,1)", ex.Message + string.Join(",", loose.BlockingRules[0].Keys), StringComparison.Ordinal);
    }

    [Fact]
    public void Dedupe_BlockingCounts_AreReportedBeforeScoring()
    {
        var (header, rows, _) = PeopleBuilder.Build(300, seed: 23);
        var progress = new StringWriter();
        var result = LinkageEngine.Dedupe(Settings with { CompareAllPairsBelow = 0 }, PeopleBuilder.Table(header, rows), progress);
        var log = progress.ToString();
        Assert.Equal(Settings.BlockingRules.Count, result.Blocking.Count);
        Assert.Matches(@"estimated recall of the blocking rules: [01]\.\d{4}", log);
        var blockingLine = log.IndexOf("blocking rule 1", StringComparison.Ordinal);
        var scoredLine = log.IndexOf("scored", StringComparison.Ordinal);
        Assert.True(blockingLine >= 0 && scoredLine > blockingLine, log);
        long raw = result.Blocking.Sum(b => b.Pairs);
        Assert.True(result.CandidatePairs <= raw);
    }

    [Fact]
    public void Dedupe_SmallInput_ComparesPairsNoRuleProposes()
    {
        // Two records of one person that share no blocking key: only the all-pairs comparison of small inputs finds them.
        var (header, rows, _) = PeopleBuilder.Build(300, seed: 53);
        rows.Add(["x1", "Zebedee", "Quennell", "1955-05-05", "zq@example.org", "07000000001", "EH1 1AA", "1 quay road"]);
        rows.Add(["x2", "Zebedee", "Quennell", "1955-05-06", "zq2@example.org", "07000000001", "M1 1AE", "2 other road"]);
        var table = PeopleBuilder.Table(header, rows);
        var rulesWithoutNames = Settings with { BlockingRules = [new BlockingRuleSettings { Keys = ["email"] }, new BlockingRuleSettings { Keys = ["dob", "postcode"] }] };

        var exhaustive = LinkageEngine.Dedupe(rulesWithoutNames, table);
        var blockedOnly = LinkageEngine.Dedupe(rulesWithoutNames with { CompareAllPairsBelow = 0 }, table);

        Assert.Contains(exhaustive.Pairs, p => p.LeftId == "x1" && p.RightId == "x2");
        Assert.DoesNotContain(blockedOnly.Pairs, p => p.LeftId == "x1" && p.RightId == "x2");
        Assert.Equal((long)table.Count * (table.Count - 1) / 2, exhaustive.CandidatePairs);
        Assert.Equal("all pairs (small input)", exhaustive.Blocking[^1].Rule);
    }

    [Fact]
    public void Explain_MatchingPair_ListsEveryFieldAndAddsUp()
    {
        var (header, rows, _) = PeopleBuilder.Build(500, seed: 29);
        var model = LinkageEngine.Train(Settings, PeopleBuilder.Table(header, rows));
        var left = new Dictionary<string, string?> { ["first_name"] = "William", ["surname"] = "Okafor", ["dob"] = "1970-03-04", ["email"] = null, ["postcode"] = "LS6 2AB" };
        var right = new Dictionary<string, string?> { ["first_name"] = "Bill", ["surname"] = "Okafor", ["dob"] = "04/03/1970", ["email"] = "bill@example.com", ["postcode"] = "LS6 2AB" };

        var explanation = model.Explain(left, right);

        Assert.Equal(Settings.Fields.Count, explanation.Contributions.Count);
        var surname = explanation.Contributions.Single(c => c.Field == "surname");
        Assert.Equal("exact match", surname.Level);
        Assert.True(surname.MatchWeight > 0);
        Assert.Equal("nickname", explanation.Contributions.Single(c => c.Field == "first_name").Level);
        var email = explanation.Contributions.Single(c => c.Field == "email");
        Assert.Equal(("missing", 0.0), (email.Level, email.MatchWeight));
        Assert.Equal(explanation.PriorWeight + explanation.Contributions.Sum(c => c.MatchWeight), explanation.TotalWeight, 9);
        Assert.True(explanation.MatchProbability > 0.5);
        Assert.Contains("surname: exact match", explanation.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_RareSurname_WeighsMoreThanCommonSurname()
    {
        var header = new[] { "id", "first_name", "surname" };
        var rows = new List<string?[]>();
        for (var i = 0; i < 200; i++)
        {
            rows.Add([i.ToString(System.Globalization.CultureInfo.InvariantCulture), "a" + i, i < 150 ? "smith" : "name" + i]);
        }
        var settings = Settings with
        {
            Fields = [Settings.Fields[0], Settings.Fields[1]],
            NeverMatchWhenAllDisagree = [],
            BlockingRules = [new BlockingRuleSettings { Keys = ["surname"] }],
        };
        var model = LinkageEngine.Train(settings, PeopleBuilder.Table(header, rows));
        var common = model.Explain(new Dictionary<string, string?> { ["surname"] = "smith" }, new Dictionary<string, string?> { ["surname"] = "smith" });
        var rare = model.Explain(new Dictionary<string, string?> { ["surname"] = "name170" }, new Dictionary<string, string?> { ["surname"] = "name170" });
        Assert.True(rare.TotalWeight > common.TotalWeight + 3, $"rare {rare.TotalWeight} common {common.TotalWeight}");
        Assert.Contains("rare value", rare.Contributions[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Model_SaveAndLoad_ScoresIdentically()
    {
        var (header, rows, _) = PeopleBuilder.Build(300, seed: 31);
        var table = PeopleBuilder.Table(header, rows);
        var model = LinkageEngine.Train(Settings, table);
        var reloaded = LinkageModel.FromJson(model.ToJson());
        Assert.Equal(LinkageEngine.Dedupe(model, table).Pairs, LinkageEngine.Dedupe(reloaded, table).Pairs);
    }

    [Fact]
    public void Settings_JsonRoundTrip_PreservesFieldsAndRules()
    {
        var json = Settings.ToJson();
        var parsed = LinkageSettings.Parse(json);
        Assert.Equal(Settings.Fields.Count, parsed.Fields.Count);
        Assert.Equal(Settings.Fields[0], parsed.Fields[0]);
        Assert.Equal(Settings.BlockingRules[1].Keys, parsed.BlockingRules[1].Keys);
        Assert.Contains("\"type\": \"name\"", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("febrl.json", "id")]
    [InlineData("person.json", "id")]
    [InlineData("person-city.json", "unique_id")]
    [InlineData("person-national.json", "id")]
    public void Settings_ShippedFiles_ParseAndValidate(string file, string idColumn)
    {
        var settings = LinkageSettings.Load(TestData.Settings(file));
        Assert.Equal(idColumn, settings.IdColumn);
        Assert.Equal(0.5, settings.Threshold);
        Assert.NotEmpty(settings.BlockingRules);
    }

    [Fact]
    public void Settings_PersonFile_MatchesDefaultPerson()
    {
        var file = LinkageSettings.Load(TestData.Settings("person.json"));
        var builtIn = LinkageSettings.DefaultPerson();
        Assert.Equal(builtIn.Fields, file.Fields);
        Assert.Equal(builtIn.BlockingRules.Select(r => string.Join("|", r.Keys)), file.BlockingRules.Select(r => string.Join("|", r.Keys)));
    }

    [Theory]
    [InlineData("{ \"fields\": [] }", "at least one field")]
    [InlineData("{ \"fields\": [{\"name\":\"a\"}], \"blockingRules\": [{\"keys\":[\"b\"]}] }", "unknown field 'b'")]
    [InlineData("{ \"fields\": [{\"name\":\"a\"}], \"blockingRules\": [{\"keys\":[\"nope(a)\"]}] }", "unknown function")]
    [InlineData("{ \"fields\": [{\"name\":\"a\",\"type\":\"banana\"}] }", "not valid JSON")]
    [InlineData("{ \"fields\": [{\"name\":\"a\"}], \"blockingRules\": [{\"keys\":[\"a\"]}], \"threshold\": 2 }", "threshold")]
    [InlineData("{ \"fields\": [{\"name\":\"a\"}], \"blockingRules\": [{\"keys\":[\"a\"]}], \"treshold\": 0.99 }", "Unknown setting 'treshold': did you mean 'threshold'?")]
    [InlineData("{ \"fields\": [{\"name\":\"a\", \"termFrequncy\": true}], \"blockingRules\": [{\"keys\":[\"a\"]}] }", "Unknown setting 'fields[0].termFrequncy': did you mean 'termFrequency'?")]
    [InlineData("{ \"fields\": [{\"name\":\"a\", \"levels\": [{\"kind\":\"exact\", \"treshold\": 1}]}], \"blockingRules\": [{\"keys\":[\"a\"]}] }", "Unknown setting 'fields[0].levels[0].treshold': did you mean 'threshold'?")]
    [InlineData("{ \"fields\": [{\"name\":\"a\"}], \"blockingRules\": [{\"key\":[\"a\"]}] }", "Unknown setting 'blockingRules[0].key': did you mean 'keys'?")]
    [InlineData("{ \"fields\": [{\"name\":\"a\"}], \"blockingRules\": [{\"keys\":[\"a\"]}], \"em\": {\"maxIteration\": 5} }", "Unknown setting 'em.maxIteration': did you mean 'maxIterations'?")]
    [InlineData("   ", "The settings file is empty.")]
    public void Settings_Invalid_ThrowsExplainingWhy(string json, string expected)
    {
        var ex = Assert.Throws<LinkageException>(() => LinkageSettings.Parse(json));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RunEm_GeneratedComparisonVectors_RecoversKnownMAndU()
    {
        // Three binary fields with known m and u; 20 % of pairs match.
        double[] m = [0.95, 0.9, 0.8];
        double[] u = [0.05, 0.1, 0.2];
        const double Lambda = 0.2;
        var random = new Random(1);
        var counts = new PatternCounts();
        Span<int> levels = stackalloc int[3];
        for (var n = 0; n < 200_000; n++)
        {
            var match = random.NextDouble() < Lambda;
            for (var f = 0; f < 3; f++)
            {
                var agree = random.NextDouble() < (match ? m[f] : u[f]);
                levels[f] = agree ? 0 : 1;
            }
            counts.Add(PatternCounts.Pack(levels), 1);
        }
        var settings = new LinkageSettings
        {
            Fields = [.. Enumerable.Range(0, 3).Select(i => new FieldSettings { Name = "f" + i, Type = FieldType.Exact, Levels = [new(ComparisonKind.Exact)] })],
            BlockingRules = [new BlockingRuleSettings { Keys = ["f0"] }],
        };
        var fields = LinkageJob.CompileFields(settings);
        var (patterns, weights) = counts.Expand(3);

        // u is fixed (the engine estimates it from random pairs); EM must recover m and the share of matches.
        var (mFixed, lambdaFixed, _, _, _) = Trainer.RunEm(fields, patterns, weights, [true, true, true],
            [[u[0], 1 - u[0]], [u[1], 1 - u[1]], [u[2], 1 - u[2]]], new EmOptions { MaxIterations = 200, Tolerance = 1e-8 });

        Assert.Equal(Lambda, lambdaFixed, 2);
        for (var f = 0; f < 3; f++)
        {
            Assert.Equal(m[f], mFixed[f][0], 2);
        }
    }

    [Fact]
    public void Train_UniformSurnames_EstimatesUFromRandomPairs()
    {
        // 30 surnames drawn uniformly: two random records share a surname with probability about 1/30.
        var (header, rows, _) = PeopleBuilder.Build(2000, seed: 37);
        var model = LinkageEngine.Train(Settings, PeopleBuilder.Table(header, rows));
        var surname = model.Fields[1];
        // Typos and swaps in the duplicates lower it a little below 1/30.
        Assert.InRange(surname.U[0], 0.018, 0.04);
        // Each copy gets two errors from six kinds, two of which change the surname: it survives in about (4/6)^2 of copies.
        Assert.InRange(surname.M[0], 0.35, 0.65);
        Assert.InRange(model.Prior, 1e-5, 1e-3);
    }
}
