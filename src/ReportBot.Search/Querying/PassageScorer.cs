using System.Text.RegularExpressions;

namespace ReportBot.Search.Querying;

/// <summary>How well one passage, and its best run of sentences, answers a question.</summary>
internal sealed record PassageMatch(
    PassageText Passage,
    int FirstSentence,
    int SentenceCount,
    double WindowCoverage,
    double PassageCoverage,
    double Score,
    IReadOnlyList<TextSpan> Matches)
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

    public static PassageMatch Score(QueryPlan plan, PassageText passage)
    {
        var sentences = passage.SentenceCount;
        Span<ulong> direct = stackalloc ulong[sentences];
        Span<ulong> standIns = stackalloc ulong[sentences];
        Span<ulong> pairs = stackalloc ulong[sentences];
        direct.Clear();
        standIns.Clear();
        pairs.Clear();
        var matches = new List<TextSpan>();
        var text = passage.Folded;

        // Where each term occurs; remember the starts to find side-by-side pairs.
        var starts = new List<int>[plan.Terms.Length];
        for (var t = 0; t < plan.Terms.Length; t++)
        {
            var term = plan.Terms[t];
            foreach (var at in Occurrences(text, term.Text, term.Kind))
            {
                var s = SentenceAt(passage, at);
                direct[s] |= 1UL << t;
                (starts[t] ??= []).Add(at);
                if (term.Kind != TermKind.Character) matches.Add(new TextSpan(at, term.Text.Length));
            }
        }
        foreach (var (word, satisfies) in plan.Alternatives)
        {
            foreach (var at in Occurrences(text, word, word.Length == 1 ? TermKind.SingleCharacterWord : TermKind.Word))
            {
                standIns[SentenceAt(passage, at)] |= satisfies;
                matches.Add(new TextSpan(at, word.Length));
            }
        }
        for (var p = 0; p < plan.Pairs.Length; p++)
        {
            var (first, second) = plan.Pairs[p];
            if (starts[first] is null || starts[second] is null) continue;
            foreach (var at in starts[first]!)
            {
                if (starts[second]!.Contains(at + 1)) pairs[SentenceAt(passage, at)] |= 1UL << p;
            }
        }

        ulong contextMask = 0;
        for (var t = 0; t < plan.Terms.Length; t++)
        {
            if (Occurrences(passage.FoldedContext, plan.Terms[t].Text, plan.Terms[t].Kind).Any()) contextMask |= 1UL << t;
        }

        // The whole passage.
        ulong allDirect = 0, allStandIns = 0;
        for (var s = 0; s < sentences; s++)
        {
            allDirect |= direct[s];
            allStandIns |= standIns[s];
        }
        // A caption's or a byline's context describes it ("photo", "second article"): it counts in full, and
        // such a passage is quoted whole. A paragraph's context is its headings: half, and for the passage only.
        var describes = passage.Passage.Kind != Model.PassageKind.Paragraph;
        var contextCredit = describes ? 1.0 : 0.5;
        var passageCoverage = Coverage(plan, allDirect, allStandIns, contextMask, contextCredit);

        // The best run of sentences.
        var bestScore = double.MinValue;
        var (bestFirst, bestCount, bestCoverage) = (0, Math.Min(1, sentences), 0.0);
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
                if (describes && (first > 0 || (count < sentences && passage.SentenceEnd(sentences - 1) <= MaxWindowLength))) continue;
                var coverage = Coverage(plan, d, a, describes ? contextMask : 0, contextCredit);
                var adjacency = plan.Pairs.Length == 0 ? 0 : (double)System.Numerics.BitOperations.PopCount(pr) / plan.Pairs.Length;
                var score = coverage + 0.15 * adjacency + bonus - 0.0008 * Math.Max(0, length - 60);
                if (score > bestScore)
                {
                    (bestScore, bestFirst, bestCount, bestCoverage) = (score, first, count, coverage);
                }
            }
        }

        var total = 0.6 * bestScore + 0.4 * passageCoverage;
        return new PassageMatch(passage, bestFirst, bestCount, bestCoverage, passageCoverage, total, matches);
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

    /// <summary>Where a term occurs; numbers and Latin words only as whole tokens (48 is not in 948).</summary>
    public static IEnumerable<int> Occurrences(string text, string term, TermKind kind)
    {
        if (term.Length == 0) yield break;
        var whole = kind is TermKind.Number or TermKind.Latin;
        for (var at = text.IndexOf(term, StringComparison.Ordinal); at >= 0; at = text.IndexOf(term, at + 1, StringComparison.Ordinal))
        {
            if (whole && (IsWordChar(text, at - 1) || IsWordChar(text, at + term.Length))) continue;
            yield return at;
        }
    }

    private static bool IsWordChar(string text, int i) =>
        i >= 0 && i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || (text[i] == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]) && i > 0 && char.IsAsciiDigit(text[i - 1])));

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
