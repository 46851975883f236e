using System.Numerics;
using System.Text.RegularExpressions;

namespace ReportBot.Search.Querying;

/// <summary>How well one passage, and its best run of sentences, answers a question.</summary>
internal sealed record PassageMatch(
    QueryPlan Plan,
    PassageText Passage,
    int FirstSentence,
    int SentenceCount,
    double WindowCoverage,
    double PassageCoverage,
    double Score)
{
    /// <summary>How much of the question the passage holds, its quoted sentences most: what the answer threshold applies to.</summary>
    public double Confidence => 0.6 * WindowCoverage + 0.4 * PassageCoverage;
}

/// <summary>
/// Scores a passage sentence by sentence: which of the question's terms each sentence holds (or
/// words that stand in for them), whether they stand side by side as in the question, and whether
/// the sentence has the kind of answer asked for. The best run of one to three sentences is the quote.
/// </summary>
internal static partial class PassageScorer
{
    /// <summary>A run of sentences longer than this is not considered (a single long sentence is, and gets trimmed).</summary>
    public const int MaxWindowLength = 200;

    private const double AlternativeCredit = 0.8;
    private const double AdjacencyWeight = 0.15;
    private const double LengthPenalty = 0.0008;
    private const int FreeLength = 60;

    public static PassageMatch Score(QueryPlan plan, PassageText passage)
    {
        var sentences = passage.SentenceCount;
        Span<ulong> direct = stackalloc ulong[sentences];
        Span<ulong> standIns = stackalloc ulong[sentences];
        Span<ulong> pairs = stackalloc ulong[sentences];
        direct.Clear();
        standIns.Clear();
        pairs.Clear();
        var text = passage.Folded;

        for (var t = 0; t < plan.Terms.Length; t++)
        {
            var term = plan.Terms[t];
            for (var at = Next(text, term.Text, term.Kind, 0); at >= 0; at = Next(text, term.Text, term.Kind, at + 1))
                direct[SentenceAt(passage, at)] |= 1UL << t;
        }
        foreach (var (word, satisfies) in plan.Alternatives)
        {
            for (var at = Next(text, word, TermKind.Word, 0); at >= 0; at = Next(text, word, TermKind.Word, at + 1))
                standIns[SentenceAt(passage, at)] |= satisfies;
        }
        for (var p = 0; p < plan.Pairs.Length; p++)
        {
            var joined = plan.Pairs[p].Joined;
            for (var at = text.IndexOf(joined, StringComparison.Ordinal); at >= 0; at = text.IndexOf(joined, at + 1, StringComparison.Ordinal))
                pairs[SentenceAt(passage, at)] |= 1UL << p;
        }

        ulong contextMask = 0;
        for (var t = 0; t < plan.Terms.Length; t++)
        {
            if (Next(passage.FoldedContext, plan.Terms[t].Text, plan.Terms[t].Kind, 0) >= 0) contextMask |= 1UL << t;
        }

        // The whole passage. A caption's or a byline's context describes it ("photo", "second article"):
        // it counts in full, and such a passage is quoted whole. A paragraph's context is its headings:
        // half, and for the passage only.
        ulong allDirect = 0, allStandIns = 0;
        for (var s = 0; s < sentences; s++)
        {
            allDirect |= direct[s];
            allStandIns |= standIns[s];
        }
        var describes = passage.Passage.Kind != Model.PassageKind.Paragraph;
        var contextCredit = describes ? 1.0 : 0.5;
        var passageCoverage = Coverage(plan, allDirect, allStandIns, contextMask, contextCredit);

        // The best run of sentences.
        var bestScore = double.MinValue;
        var (bestFirst, bestCount, bestCoverage) = (0, Math.Min(1, sentences), 0.0);
        var wholeFits = passage.SentenceEnd(sentences - 1) <= MaxWindowLength;
        for (var first = 0; first < sentences; first++)
        {
            ulong d = 0, a = 0, pr = 0;
            var bonus = 0.0;
            for (var count = 1; count <= 3 && first + count <= sentences; count++)
            {
                var last = first + count - 1;
                var length = passage.SentenceEnd(last) - passage.SentenceStarts[first];
                if (count > 1 && length > MaxWindowLength) break;
                d |= direct[last];
                a |= standIns[last];
                pr |= pairs[last];
                bonus = Math.Max(bonus, KindBonus(plan.Question.AnswerKind, passage.Passage.Sentences[last]));
                if (describes && (first > 0 || (count < sentences && wholeFits))) continue;

                var coverage = Coverage(plan, d, a, describes ? contextMask : 0, contextCredit);
                var adjacency = plan.Pairs.Length == 0 ? 0 : (double)BitOperations.PopCount(pr) / plan.Pairs.Length;
                var score = coverage + AdjacencyWeight * adjacency + bonus - LengthPenalty * Math.Max(0, length - FreeLength);
                if (score > bestScore)
                {
                    (bestScore, bestFirst, bestCount, bestCoverage) = (score, first, count, coverage);
                }
            }
        }

        var total = 0.6 * bestScore + 0.4 * passageCoverage;
        return new PassageMatch(plan, passage, bestFirst, bestCount, bestCoverage, passageCoverage, total);
    }

    /// <summary>Where the question's words (not single characters inside words) and their stand-ins occur in <c>[start, end)</c> of the passage.</summary>
    public static List<TextSpan> Matches(PassageMatch match, int start, int end)
    {
        var spans = new List<TextSpan>();
        var text = match.Passage.Folded;
        foreach (var term in match.Plan.Terms)
        {
            if (term.Kind == TermKind.Character) continue;
            for (var at = Next(text, term.Text, term.Kind, start); at >= 0 && at + term.Text.Length <= end; at = Next(text, term.Text, term.Kind, at + 1))
                spans.Add(new TextSpan(at, term.Text.Length));
        }
        foreach (var (word, _) in match.Plan.Alternatives)
        {
            for (var at = Next(text, word, TermKind.Word, start); at >= 0 && at + word.Length <= end; at = Next(text, word, TermKind.Word, at + 1))
                spans.Add(new TextSpan(at, word.Length));
        }
        return spans;
    }

    private static double Coverage(QueryPlan plan, ulong direct, ulong standIns, ulong context, double contextCredit)
    {
        if (plan.TotalWeight <= 0) return 0;
        var weight = plan.WeightOf(direct)
            + AlternativeCredit * plan.WeightOf(standIns & ~direct)
            + contextCredit * plan.WeightOf(context & ~direct & ~standIns);
        return weight / plan.TotalWeight;
    }

    private static int SentenceAt(PassageText passage, int offset)
    {
        var starts = passage.SentenceStarts;
        var s = Array.BinarySearch(starts, 0, starts.Length - 1, offset);
        if (s < 0) s = ~s - 1;
        return Math.Clamp(s, 0, passage.SentenceCount - 1);
    }

    /// <summary>The next place from <paramref name="from"/> where a term occurs, or -1; numbers and Latin words only as whole tokens (48 is not in 948).</summary>
    public static int Next(string text, string term, TermKind kind, int from)
    {
        if (term.Length == 0 || from >= text.Length) return -1;
        var whole = kind is TermKind.Number or TermKind.Latin;
        for (var at = text.IndexOf(term, from, StringComparison.Ordinal); at >= 0; at = text.IndexOf(term, at + 1, StringComparison.Ordinal))
        {
            if (!whole || (!IsWordChar(text, at - 1) && !IsWordChar(text, at + term.Length))) return at;
        }
        return -1;
    }

    private static bool IsWordChar(string text, int i) =>
        i >= 0 && i < text.Length && (char.IsAsciiLetterOrDigit(text[i])
            || (text[i] == '.' && i > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1])));

    private static double KindBonus(AnswerKind kind, string sentence) => kind switch
    {
        AnswerKind.Number when NumberAnswer().IsMatch(sentence) => 0.08,
        AnswerKind.Time when TimeAnswer().IsMatch(sentence) => 0.08,
        AnswerKind.Place when PlaceAnswer().IsMatch(sentence) => 0.05,
        AnswerKind.Person when PersonAnswer().IsMatch(sentence) => 0.08,
        AnswerKind.List when sentence.Contains('、') => 0.05,
        _ => 0,
    };

    [GeneratedRegex(@"\d|[一二三四五六七八九十两百千万亿]+[个次年位家项种倍万亿]")]
    private static partial Regex NumberAnswer();

    [GeneratedRegex(@"\d{4}年|\d{1,2}月|\d{1,2}日|年前|世纪|[汉唐宋元明清]代")]
    private static partial Regex TimeAnswer();

    [GeneratedRegex(@"在[^，。]{1,12}?(市|州|省|港|首都|地区|国|举行|启动|发布)")]
    private static partial Regex PlaceAnswer();

    [GeneratedRegex(@"说|认为|表示|指出|撰写|记者|\s摄|摄[)）]|供图|院长|校长|编辑|主席|课题组")]
    private static partial Regex PersonAnswer();
}
