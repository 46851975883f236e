namespace ReportBot.Search.Querying;

/// <summary>Cuts the quote out of a passage: its best run of sentences, trimmed around the matches when too long, with the matches as highlights.</summary>
internal static class QuoteMaker
{
    /// <summary>A single sentence longer than this is trimmed around its matches.</summary>
    public const int MaxQuoteLength = 200;

    private const int TrimmedLength = 160;
    private const string Ellipsis = "…";

    public static (string Quote, IReadOnlyList<TextSpan> Highlights) Make(PassageMatch match)
    {
        var passage = match.Passage;
        var text = passage.Passage.Text;
        var start = passage.SentenceStarts[match.FirstSentence];
        var end = passage.SentenceEnd(match.FirstSentence + match.SentenceCount - 1);
        var spans = Merge(PassageScorer.Matches(match, start, end));

        var (from, to) = end - start <= MaxQuoteLength ? (start, end) : Trim(text, start, end, spans);
        var prefix = from > start ? Ellipsis : string.Empty;
        var suffix = to < end ? Ellipsis : string.Empty;
        var quote = prefix + text[from..to].Trim() + suffix;
        var shift = prefix.Length - from - (text[from..to].Length - text[from..to].TrimStart().Length);
        var highlights = spans
            .Where(s => s.Start >= from && s.End <= to)
            .Select(s => new TextSpan(s.Start + shift, s.Length))
            .Where(s => s.Start >= 0 && s.End <= quote.Length)
            .ToList();
        return (quote, highlights);
    }

    /// <summary>The stretch of about 160 characters holding the most matched characters, widened to clause breaks nearby.</summary>
    private static (int From, int To) Trim(string text, int start, int end, List<TextSpan> spans)
    {
        var bestFrom = start;
        var bestCovered = -1;
        for (var from = start; from + TrimmedLength <= end; from++)
        {
            var covered = spans.Sum(s => Math.Max(0, Math.Min(s.End, from + TrimmedLength) - Math.Max(s.Start, from)));
            if (covered > bestCovered)
            {
                (bestCovered, bestFrom) = (covered, from);
            }
        }
        var to = Math.Min(end, bestFrom + TrimmedLength);
        var cutFrom = text.LastIndexOfAny(ClauseBreaks, Math.Max(bestFrom - 1, start), Math.Min(20, bestFrom - start + 1));
        var fromAt = cutFrom >= start && bestFrom > start ? cutFrom + 1 : bestFrom;
        var cutTo = text.IndexOfAny(ClauseBreaks, to, Math.Min(20, end - to));
        var toAt = cutTo >= 0 && to < end ? cutTo + 1 : to;
        return toAt - fromAt <= MaxQuoteLength ? (fromAt, toAt) : (bestFrom, to);
    }

    private static readonly char[] ClauseBreaks = ['，', '；', '。', '：', '、', ',', ';'];

    private static List<TextSpan> Merge(IEnumerable<TextSpan> spans)
    {
        var merged = new List<TextSpan>();
        foreach (var span in spans.OrderBy(s => s.Start).ThenByDescending(s => s.Length))
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                var last = merged[^1];
                merged[^1] = new TextSpan(last.Start, Math.Max(last.End, span.End) - last.Start);
            }
            else
            {
                merged.Add(span);
            }
        }
        return merged;
    }
}
