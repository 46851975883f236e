using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using ReportBot.Search.Analysis;

namespace ReportBot.Search.Querying;

/// <summary>
/// Builds the Lucene query from a question's terms, never from its raw text: each term, and the
/// words that may stand in for the question's own, weaker. Term statistics come from the snapshot's
/// cache. Side-by-side terms and headings are weighed by the sentence scorer, not here.
/// </summary>
internal static class LuceneQueryBuilder
{
    private const float AlternativeBoost = 0.6f;

    public static Query Build(QueryPlan plan, IndexSnapshot index, Analyzer analyzer)
    {
        var query = new BooleanQuery(disableCoord: true);
        var added = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in plan.Terms)
        {
            // Single characters inside words add cost and little evidence: the sentence scorer counts them.
            if (term.Kind == TermKind.Character || !added.Add(term.Text)) continue;
            query.Add(Boosted(index.TermQuery(IndexSchemaFields.Text, term.Text), (float)term.KindWeight), Occur.SHOULD);
        }
        foreach (var word in plan.Alternatives.Select(a => a.Word).Distinct())
        {
            // A stand-in word by its bigrams (its character if it is one), sharing the stand-in weight.
            var terms = WordTerms(word, analyzer).Where(added.Add).ToList();
            foreach (var term in terms)
                query.Add(Boosted(index.TermQuery(IndexSchemaFields.Text, term), AlternativeBoost / terms.Count), Occur.SHOULD);
        }
        return query;
    }

    private static TermQuery Boosted(TermQuery query, float boost)
    {
        query.Boost = boost;
        return query;
    }

    /// <summary>The terms a word analyzes to, leaving out single Han characters unless the word is one.</summary>
    private static IEnumerable<string> WordTerms(string word, Analyzer analyzer)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(IndexSchemaFields.Text, word);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var text = term.ToString();
            if (word.Length == 1 || !(text.Length == 1 && ChineseText.IsHan(text[0]))) terms.Add(text);
        }
        stream.End();
        return terms;
    }

    /// <summary>A word as a query: its one term, or its bigrams in order as a phrase.</summary>
    public static Query? PhraseFor(string word, Analyzer analyzer, string field = IndexSchemaFields.Text)
    {
        var terms = new List<(string Text, int Position)>();
        using (var stream = analyzer.GetTokenStream(field, word))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            var position = -1;
            stream.Reset();
            while (stream.IncrementToken())
            {
                position += increment.PositionIncrement;
                var text = term.ToString();
                // Single Han characters are implied by the bigrams around them, unless the word is one.
                if (word.Length == 1 || !(text.Length == 1 && ChineseText.IsHan(text[0]))) terms.Add((text, position));
            }
            stream.End();
        }
        if (terms.Count == 0) return null;
        if (terms.Count == 1) return new TermQuery(new Term(field, terms[0].Text));
        var phrase = new PhraseQuery();
        foreach (var (text, position) in terms) phrase.Add(new Term(field, text), position - terms[0].Position);
        return phrase;
    }
}
