using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace ReportBot.Search.Analysis;

/// <summary>
/// Chinese text as overlapping character bigrams plus single characters, Latin words and numbers
/// kept whole, traditional characters folded to simplified ones.
/// </summary>
internal sealed class ChineseBigramAnalyzer(LuceneVersion version) : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        // UAX#29 word breaks: one token per Han character, Latin words and numbers whole.
        var source = new StandardTokenizer(version, reader);
        // Full-width Latin letters and digits to their ASCII forms, before lower-casing sees them.
        TokenStream result = new CJKWidthFilter(source);
        result = new LowerCaseFilter(version, result);
        // Traditional to simplified before bigrams, so both spellings make the same terms.
        result = new TraditionalToSimplifiedFilter(result);
        // Adjacent Han characters to bigrams; unigrams too, so single-character words still match.
        result = new CJKBigramFilter(result, CJKScript.HAN, outputUnigrams: true);
        return new TokenStreamComponents(source, result);
    }
}
