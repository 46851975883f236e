using ReportBot.Search.Analysis;
using ReportBot.Search.Tests.Support;

namespace ReportBot.Search.Tests.Analysis;

public sealed class ChineseBigramAnalyzerTests
{
    private readonly Lucene.Net.Analysis.Analyzer analyzer = ReportAnalyzers.Create();

    [Theory]
    // A run of Han characters: each character, and each pair of neighbours.
    [InlineData("贸易总额", new[] { "贸", "贸易", "易", "易总", "总", "总额", "额" })]
    // Numbers stay whole, and break the Han run around them.
    [InlineData("达948亿美元", new[] { "达", "948", "亿", "亿美", "美", "美元", "元" })]
    [InlineData("4.6亿", new[] { "4.6", "亿" })]
    // Punctuation breaks runs: no bigram spans "、".
    [InlineData("中哈、中乌", new[] { "中", "中哈", "哈", "中", "中乌", "乌" })]
    // Latin words are lower-cased; full-width letters and digits are folded to ASCII.
    [InlineData("ＡＩ与AI", new[] { "ai", "与", "ai" })]
    [InlineData("２０２４年", new[] { "2024", "年" })]
    // Traditional characters become simplified, so both spellings make the same terms.
    [InlineData("貿易總額", new[] { "贸", "贸易", "易", "易总", "总", "总额", "额" })]
    [InlineData("中亞", new[] { "中", "中亚", "亚" })]
    public void AnalyzesToTheseTerms(string input, string[] expected) => AnalyzerAssert.AnalyzesTo(analyzer, input, expected);

    [Theory]
    [InlineData("2024年，中国同中亚国家贸易总额达948亿美元，较上年增加54亿美元。")]
    [InlineData("——《弘扬“中国—中亚精神”：区域合作的成就、机遇与展望》智库报告解析")]
    [InlineData("新华社发(中国能建海投公司供图)")]
    public void EveryTokenPointsAtItsTextInTheSentence(string sentence) => AnalyzerAssert.OffsetsPointAtTheirText(analyzer, sentence);

    [Fact]
    public void FoldingKeepsTheLengthSoOffsetsStillPointIntoTheOriginal()
    {
        const string text = "２０２４年中國同中亞國家貿易總額　ABC";
        var folded = ChineseText.Fold(text);
        Assert.Equal(text.Length, folded.Length);
        Assert.Equal("2024年中国同中亚国家贸易总额 abc", folded);
    }
}
