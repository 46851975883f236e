using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ReportBot.Search.Tests.Support;

/// <summary>Token-table assertions for analyzers: the terms, and where each one stands in the input.</summary>
internal static class AnalyzerAssert
{
    public static IReadOnlyList<(string Term, int Start, int End)> Tokens(Analyzer analyzer, string input)
    {
        var tokens = new List<(string, int, int)>();
        using var stream = analyzer.GetTokenStream("text", input);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add((term.ToString(), offset.StartOffset, offset.EndOffset));
        stream.End();
        return tokens;
    }

    public static void AnalyzesTo(Analyzer analyzer, string input, params string[] expected) =>
        Assert.Equal(expected, Tokens(analyzer, input).Select(t => t.Term));

    /// <summary>Each token's offsets point at the input text it came from (folded, it reads the same).</summary>
    public static void OffsetsPointAtTheirText(Analyzer analyzer, string input)
    {
        foreach (var (term, start, end) in Tokens(analyzer, input))
            Assert.Equal(term, ReportBot.Search.Analysis.ChineseText.Fold(input[start..end]));
    }
}
