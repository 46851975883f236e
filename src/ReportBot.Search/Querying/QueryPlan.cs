using ReportBot.Search.Analysis;

namespace ReportBot.Search.Querying;

/// <summary>
/// A parsed question weighed against one index: each term's weight (its kind times its rarity),
/// the words that may stand in for terms, and the pairs of terms that sit side by side in the question.
/// At most 64 terms are kept (the weightiest), so term sets fit in one <see cref="ulong"/>.
/// </summary>
internal sealed class QueryPlan
{
    public const int MaxTerms = 64;

    private QueryPlan(ParsedQuestion question, QueryTerm[] terms, double[] weights, (string Word, ulong Satisfies)[] alternatives, (int First, int Second, string Joined)[] pairs)
    {
        Question = question;
        Terms = terms;
        Weights = weights;
        TotalWeight = weights.Sum();
        Alternatives = alternatives;
        Pairs = pairs;
    }

    public ParsedQuestion Question { get; }
    public QueryTerm[] Terms { get; }
    public double[] Weights { get; }
    public double TotalWeight { get; }

    /// <summary>Folded alternative words and the set of terms each may stand in for.</summary>
    public (string Word, ulong Satisfies)[] Alternatives { get; }

    /// <summary>Terms that follow each other in the question (overlapping bigrams), and the text they make together.</summary>
    public (int First, int Second, string Joined)[] Pairs { get; }

    public static QueryPlan Create(ParsedQuestion question, IndexSnapshot index)
    {
        var documents = Math.Max(index.Reader.NumDocs, 1);
        var frequencies = question.Terms.Select(term => index.DocFreq(term.Text)).ToArray();
        var weighed = question.Terms
            .Select((term, i) => (Term: term, Weight: IsSeam(question.Terms, frequencies, i) ? 0
                : term.KindWeight * Idf(frequencies[i], documents) * Untranslated(term, frequencies[i]) * WordShare(question, term)))
            .Where(t => t.Weight > 0)
            .OrderByDescending(t => t.Weight).Take(MaxTerms)
            .OrderBy(t => t.Term.Start).ThenBy(t => t.Term.End)
            .ToArray();
        var terms = weighed.Select(t => t.Term).ToArray();

        var alternatives = new List<(string, ulong)>();
        foreach (var alternative in question.Alternatives)
        {
            ulong mask = 0;
            for (var i = 0; i < terms.Length; i++)
            {
                if (terms[i].Start >= alternative.Start && terms[i].End <= alternative.End) mask |= 1UL << i;
            }
            if (mask == 0) continue;
            foreach (var word in alternative.Words) alternatives.Add((ChineseText.Fold(word), mask));
        }

        var pairs = new List<(int, int, string)>();
        for (var i = 0; i < terms.Length && pairs.Count < 64; i++)
        {
            if (terms[i].Kind != TermKind.Word) continue;
            for (var j = i + 1; j < terms.Length; j++)
            {
                if (terms[j].Kind == TermKind.Word && terms[j].Start == terms[i].Start + 1) pairs.Add((i, j, terms[i].Text + terms[j].Text[1..]));
            }
        }
        return new QueryPlan(question, terms, weighed.Select(t => t.Weight).ToArray(), alternatives.ToArray(), pairs.ToArray());
    }

    /// <summary>
    /// The bigrams of a long name (哈萨克斯坦: four) would outweigh a short word of the question; within a
    /// span known to be one word they share the weight of about one and a half bigrams.
    /// </summary>
    private static double WordShare(ParsedQuestion question, QueryTerm term)
    {
        if (term.Kind != TermKind.Word) return 1.0;
        foreach (var span in question.Words)
        {
            if (term.Start < span.Start || term.End > span.End) continue;
            var bigrams = span.End - span.Start - 1;
            return bigrams <= 1 ? 1.0 : 1.5 / bigrams;
        }
        return 1.0;
    }

    /// <summary>An English word the glossary could not translate and the index lacks may still be content, or only a word the glossary misses: half weight.</summary>
    private static double Untranslated(QueryTerm term, int df) => term.Kind == TermKind.Latin && df == 0 ? 0.5 : 1.0;

    /// <summary>BM25's inverse document frequency; a term the index has never seen weighs the most.</summary>
    private static double Idf(int df, int documents) => Math.Log(1 + (documents - df + 0.5) / (df + 0.5));

    /// <summary>
    /// A bigram the index has never seen, one of whose characters belongs to a bigram it has seen, is
    /// most likely the seam between two words (告呼 in 报告呼吁) and says nothing. An unseen bigram
    /// whose characters belong to no known word (天气 in 今天北京天气) is content the report lacks, and counts.
    /// </summary>
    private static bool IsSeam(IReadOnlyList<QueryTerm> terms, int[] frequencies, int i)
    {
        var term = terms[i];
        if (frequencies[i] > 0 || term.Kind != TermKind.Word || term.End - term.Start != 2) return false;
        for (var k = 0; k < terms.Count; k++)
        {
            if (k == i || frequencies[k] == 0 || terms[k].Kind != TermKind.Word) continue;
            var other = terms[k];
            if ((other.Start <= term.Start && term.Start < other.End) || (other.Start < term.End && term.End - 1 < other.End)) return true;
        }
        return false;
    }

    /// <summary>The summed weight of a set of terms.</summary>
    public double WeightOf(ulong mask)
    {
        var sum = 0.0;
        while (mask != 0)
        {
            var i = System.Numerics.BitOperations.TrailingZeroCount(mask);
            sum += Weights[i];
            mask &= mask - 1;
        }
        return sum;
    }
}
