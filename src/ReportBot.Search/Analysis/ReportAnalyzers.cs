using Lucene.Net.Analysis;
using Lucene.Net.Util;

namespace ReportBot.Search.Analysis;

/// <summary>
/// The one place that chooses the analyzer for the report's text, at index and at query time.
/// To use Lucene's own Chinese word segmenter once its package is available, change the line in
/// <see cref="Create"/> to <c>new SmartChineseAnalyzer(Version)</c> (and bump <see cref="FormatVersion"/>);
/// the query builder works from the analyzer's tokens, so nothing else changes.
/// </summary>
public static class ReportAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Changes whenever what the analyzer emits changes, so that older indexes are rebuilt.</summary>
    public const string FormatVersion = "bigram-unigram-t2s-1";

    public static Analyzer Create() => new ChineseBigramAnalyzer(Version);
}
