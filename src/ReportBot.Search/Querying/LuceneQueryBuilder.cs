using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using ReportBot.Search.Analysis;

namespace ReportBot.Search.Querying;

/// <summary>
/// Builds the Lucene query from a question's terms, never from its raw text: each term in the text
/// (and, weaker, in the headings and titles), side-by-side term pairs as phrases, and the words
/// that may stand in for the question's own, weaker still.
/// </summary>
internal static class LuceneQueryBuilder
{
    private const float ContextBoost = 0.3f;
    private const float PhraseBoost = 0.5f;
    private const float AlternativeBoost = 0.6f;

    public static Query Build(QueryPlan plan, Analyzer analyzer)
    {
        var query = new BooleanQuery(disableCoord: true);
        foreach (var term in plan.Terms)
        {
            var boost = (float)term.KindWeight;
            query.Add(new TermQuery(new Term(IndexSchemaFields.Text, term.Text)) { Boost = boost }, Occur.SHOULD);
            query.Add(new TermQuery(new Term(IndexSchemaFields.Context, term.Text)) { Boost = boost * ContextBoost }, Occur.SHOULD);
        }
        foreach (var (first, second) in plan.Pairs)
        {
            var phrase = new PhraseQuery { Boost = PhraseBoost };
            phrase.Add(new Term(IndexSchemaFields.Text, plan.Terms[first].Text), 0);
            phrase.Add(new Term(IndexSchemaFields.Text, plan.Terms[second].Text), 1);
            query.Add(phrase, Occur.SHOULD);
        }
        foreach (var word in plan.Alternatives.Select(a => a.Word).Distinct())
        {
            if (PhraseFor(word, analyzer) is { } alternative)
            {
                alternative.Boost = AlternativeBoost;
                query.Add(alternative, Occur.SHOULD);
            }
        }
        return query;
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
