using Lucene.Net.Analysis;
using Lucene.Net.Index;
using ReportBot.Search.Analysis;
using ReportBot.Search.Indexing;

namespace ReportBot.Search.Querying;

/// <summary>
/// Answers questions from the current index generation. One instance serves every caller: it
/// holds a shared, reference-counted snapshot and swaps it when <see cref="Refresh"/> finds a newer
/// generation, so a rebuild never disturbs a running search.
/// </summary>
public sealed class ReportSearcher : IReportSearcher, IDisposable
{
    /// <summary>How many passages Lucene hands over for sentence-level scoring.</summary>
    private const int Candidates = 40;

    /// <summary>A passage must reach this confidence to be quoted as the answer; calibrated on the development questions.</summary>
    public const double AnswerThreshold = 0.5;

    private readonly IndexStore store;
    private readonly Analyzer analyzer = ReportAnalyzers.Create();
    private readonly QuestionAnalyzer questions;
    private readonly Lock swapLock = new();
    private IndexSnapshot snapshot;

    private ReportSearcher(IndexStore store, IndexSnapshot snapshot)
    {
        this.store = store;
        this.snapshot = snapshot;
        questions = new QuestionAnalyzer(analyzer, Lexicon.Default);
    }

    /// <summary>Opens the current generation; builds the index first when it is missing or stale.</summary>
    public static ReportSearcher Open(IndexStore store)
    {
        store.EnsureCurrent();
        var generation = store.CurrentGenerationPath() ?? throw new ReportDataException($"No index under '{store.IndexDirectory}'.");
        return new ReportSearcher(store, IndexSnapshot.Open(generation));
    }

    public string GenerationPath => snapshot.GenerationPath;

    public int PassageCount => snapshot.Reader.NumDocs;

    /// <summary>Swaps in the current generation if it changed since; true when it did.</summary>
    public bool Refresh()
    {
        var generation = store.CurrentGenerationPath();
        if (generation is null || generation == snapshot.GenerationPath) return false;
        var fresh = IndexSnapshot.Open(generation);
        IndexSnapshot old;
        lock (swapLock)
        {
            old = snapshot;
            snapshot = fresh;
        }
        old.Release();
        return true;
    }

    public Answer Search(string? question, int top = 3, int skip = 0)
    {
        top = Math.Clamp(top, 1, 20);
        skip = Math.Clamp(skip, 0, Candidates);
        var parsed = questions.Parse(question);
        var text = question ?? string.Empty;
        if (parsed.IsEmpty)
            return new Answer(text, parsed.Effective, parsed.Truncated, parsed.IsEnglish, parsed.AnswerKind, AnswerStatus.EmptyQuestion, [], [], 0);

        var current = Acquire();
        try
        {
            var plan = QueryPlan.Create(parsed, current.Reader);
            var uncovered = Uncovered(parsed, current);
            var query = LuceneQueryBuilder.Build(plan, analyzer);
            var top40 = current.Searcher.Search(query, Candidates);
            var best = top40.MaxScore > 0 ? top40.MaxScore : 1f;
            var matches = top40.ScoreDocs
                .Select(hit => (Match: PassageScorer.Score(plan, current.Passages[hit.Doc]), Bm25: hit.Score / best))
                .Select(m => m.Match with { Score = m.Match.Score + 0.1 * m.Bm25 })
                .OrderByDescending(m => m.Score)
                .ToList();

            var status = uncovered.Count > 0 ? AnswerStatus.NotCovered
                : matches.Count == 0 || matches[0].Confidence < AnswerThreshold ? AnswerStatus.NotFound
                : AnswerStatus.Answered;
            var hits = status == AnswerStatus.NotFound ? [] : matches
                .Skip(skip).Take(top)
                .Select((m, i) =>
                {
                    var (quote, highlights) = QuoteMaker.Make(m);
                    return new Hit(skip + i + 1, Math.Round(m.Score, 4), m.Passage.Passage, quote, highlights);
                })
                .ToList();
            return new Answer(text, parsed.Effective, parsed.Truncated, parsed.IsEnglish, parsed.AnswerKind, status, hits, uncovered,
                status == AnswerStatus.NotFound ? 0 : matches.Count, matches.Count > 0 ? Math.Round(matches[0].Confidence, 4) : 0);
        }
        finally
        {
            current.Release();
        }
    }

    /// <summary>How a question was read and weighed, and how the best passages scored: for tuning, not for users.</summary>
    public IReadOnlyList<string> Explain(string? question)
    {
        var parsed = questions.Parse(question);
        var lines = new List<string> { $"clean: [{parsed.Clean}] kind: {parsed.AnswerKind} english: {parsed.IsEnglish} places: {string.Join(',', parsed.Places)} years: {string.Join(',', parsed.Years)}" };
        var current = Acquire();
        try
        {
            var plan = QueryPlan.Create(parsed, current.Reader);
            lines.Add("terms: " + string.Join(' ', plan.Terms.Select((t, i) => $"{t.Text}/{t.Kind}{(t.Soft ? "~" : "")}={plan.Weights[i]:F2}")));
            lines.Add("alternatives: " + string.Join(' ', plan.Alternatives.Select(a => a.Word)));
            var top = current.Searcher.Search(LuceneQueryBuilder.Build(plan, analyzer), Candidates);
            foreach (var hit in top.ScoreDocs.Take(5))
            {
                var match = PassageScorer.Score(plan, current.Passages[hit.Doc]);
                lines.Add($"{match.Passage.Passage.Id} bm25={hit.Score:F2} window={match.WindowCoverage:F2} passage={match.PassageCoverage:F2} score={match.Score:F3} confidence={match.Confidence:F3} sentences={match.FirstSentence}+{match.SentenceCount}");
            }
        }
        finally
        {
            current.Release();
        }
        return lines;
    }

    /// <summary>Years, places and organisations the question names and the report never does.</summary>
    private List<string> Uncovered(ParsedQuestion parsed, IndexSnapshot current)
    {
        var missing = new List<string>();
        foreach (var year in parsed.Years)
        {
            if (current.Reader.DocFreq(new Term(IndexSchemaFields.Text, year)) == 0
                && current.Reader.DocFreq(new Term(IndexSchemaFields.Context, year)) == 0)
                missing.Add(year);
        }
        foreach (var place in parsed.Places)
        {
            var inText = LuceneQueryBuilder.PhraseFor(place, analyzer, IndexSchemaFields.Text);
            var inContext = LuceneQueryBuilder.PhraseFor(place, analyzer, IndexSchemaFields.Context);
            if (inText is null || inContext is null) continue;
            if (current.Searcher.Search(inText, 1).TotalHits == 0 && current.Searcher.Search(inContext, 1).TotalHits == 0)
                missing.Add(place);
        }
        return missing;
    }

    private IndexSnapshot Acquire()
    {
        while (true)
        {
            var current = Volatile.Read(ref snapshot);
            if (current.TryAcquire()) return current;
        }
    }

    public void Dispose()
    {
        snapshot.Release();
        analyzer.Dispose();
    }
}
