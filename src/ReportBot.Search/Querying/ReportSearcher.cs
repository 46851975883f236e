using Lucene.Net.Analysis;
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
    private const int Candidates = SearchLimits.MaxResults;

    /// <summary>A passage must reach this confidence to be quoted as the answer; calibrated on the development questions.</summary>
    public const double AnswerThreshold = 0.5;

    /// <summary>A result after the first is shown only when its confidence is at least this share of the first one's.</summary>
    private const double RelatedShare = 0.5;

    private readonly IndexStore store;
    private readonly Analyzer analyzer = ReportAnalyzers.Create();
    private readonly QuestionAnalyzer questions;
    private readonly Lock swapLock = new();
    private IndexSnapshot snapshot;
    private int disposed;

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

    /// <summary>The reports the current generation holds: what the bot can talk about.</summary>
    public IReadOnlyList<ReportSummary> Reports => snapshot.Reports;

    /// <summary>The year relative years in questions count from: the (first) report's publication year.</summary>
    private int? ReferenceYear => snapshot.Reports.Count > 0 ? snapshot.Reports[0].Date.Year : null;

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
        var parsed = questions.Parse(question, ReferenceYear);
        var text = question ?? string.Empty;
        if (parsed.IsEmpty)
            return new Answer(text, parsed.Effective, parsed.Truncated, parsed.IsEnglish, parsed.AnswerKind, AnswerStatus.EmptyQuestion, [], [], 0);

        var current = Acquire();
        try
        {
            var (_, matches) = Rank(parsed, current);
            var uncovered = Uncovered(parsed, current);

            var status = uncovered.Count > 0 ? AnswerStatus.NotCovered
                : matches.Count == 0 || matches[0].Confidence < AnswerThreshold ? AnswerStatus.NotFound
                : AnswerStatus.Answered;
            // Further results must hold a fair share of what the best one holds: no filler.
            var floor = matches.Count == 0 ? 0 : RelatedShare * matches[0].Confidence;
            var shown = status == AnswerStatus.NotFound ? [] : matches.Where((m, i) => i == 0 || m.Confidence >= floor).ToList();
            var hits = shown
                .Skip(skip).Take(top)
                .Select((m, i) =>
                {
                    var (quote, highlights) = QuoteMaker.Make(m);
                    return new Hit(skip + i + 1, Math.Round(m.Score, 4), m.Passage.Passage, quote, highlights);
                })
                .ToList();
            return new Answer(text, parsed.Effective, parsed.Truncated, parsed.IsEnglish, parsed.AnswerKind, status, hits, uncovered,
                shown.Count, matches.Count > 0 ? Math.Round(matches[0].Confidence, 4) : 0);
        }
        finally
        {
            current.Release();
        }
    }

    /// <summary>How a question was read and weighed, and how the best passages scored: for tuning, not for users.</summary>
    public IReadOnlyList<string> Explain(string? question)
    {
        var parsed = questions.Parse(question, ReferenceYear);
        var lines = new List<string> { $"clean: [{parsed.Clean}] kind: {parsed.AnswerKind} english: {parsed.IsEnglish} places: {string.Join(',', parsed.Places)} years: {string.Join(',', parsed.Years)}" };
        var current = Acquire();
        try
        {
            var (plan, matches) = Rank(parsed, current);
            lines.Add("terms: " + string.Join(' ', plan.Terms.Select((t, i) => $"{t.Text}/{t.Kind}{(t.Soft ? "~" : "")}={plan.Weights[i]:F2}")));
            lines.Add("alternatives: " + string.Join(' ', plan.Alternatives.Select(a => a.Word)));
            foreach (var match in matches.Take(5))
            {
                lines.Add($"{match.Passage.Passage.Id} window={match.WindowCoverage:F2} passage={match.PassageCoverage:F2} score={match.Score:F3} confidence={match.Confidence:F3} sentences={match.FirstSentence}+{match.SentenceCount}");
            }
        }
        finally
        {
            current.Release();
        }
        return lines;
    }

    /// <summary>
    /// Lucene's BM25 candidates, each scored sentence by sentence, best first; a tenth of the BM25 score
    /// (relative to the best) breaks near ties.
    /// </summary>
    private (QueryPlan Plan, List<PassageMatch> Matches) Rank(ParsedQuestion parsed, IndexSnapshot current)
    {
        var plan = QueryPlan.Create(parsed, current);
        var candidates = current.Searcher.Search(LuceneQueryBuilder.Build(plan, current, analyzer), Candidates);
        var best = candidates.MaxScore > 0 ? candidates.MaxScore : 1f;
        var matches = candidates.ScoreDocs
            .Select(hit => (Match: PassageScorer.Score(plan, current.Passages[hit.Doc]), Bm25: hit.Score / best))
            .Select(m => m.Match with { Score = m.Match.Score + 0.1 * m.Bm25 })
            .OrderByDescending(m => m.Score)
            .ToList();
        return (plan, matches);
    }

    /// <summary>Years, places and organisations the question names and the report never does.</summary>
    private List<string> Uncovered(ParsedQuestion parsed, IndexSnapshot current)
    {
        var missing = parsed.Years.Where(year => !current.Knows(year)).ToList();
        foreach (var place in parsed.Places)
        {
            if (!current.Mentions(place, phrase => Mentioned(phrase, current))) missing.Add(place);
        }
        return missing;
    }

    private bool Mentioned(string phrase, IndexSnapshot current)
    {
        foreach (var field in new[] { IndexSchemaFields.Text, IndexSchemaFields.Context })
        {
            var query = LuceneQueryBuilder.PhraseFor(phrase, analyzer, field);
            if (query is null || current.Searcher.Search(query, 1).TotalHits > 0) return true;
        }
        return false;
    }

    private IndexSnapshot Acquire()
    {
        while (true)
        {
            var current = Volatile.Read(ref snapshot);
            if (current.TryAcquire()) return current;
        }
    }

    /// <summary>Releases the snapshot; a second call does nothing.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1) return;
        snapshot.Release();
        analyzer.Dispose();
    }
}
