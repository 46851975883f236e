using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ReportBot.Search.Analysis;

/// <summary>Rewrites traditional Chinese characters in each token to their simplified forms, in place.</summary>
internal sealed class TraditionalToSimplifiedFilter : TokenFilter
{
    private readonly ICharTermAttribute term;

    public TraditionalToSimplifiedFilter(TokenStream input) : base(input) => term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        var buffer = term.Buffer;
        for (var i = 0; i < term.Length; i++) buffer[i] = ChineseText.ToSimplified(buffer[i]);
        return true;
    }
}
