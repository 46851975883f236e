using ReportBot.Search.Parsing;

namespace ReportBot.Search.Tests.Parsing;

/// <summary>
/// The parser on a text written for this test and arranged unlike the report: datelines opening the
/// first paragraph, a caption before the first heading, a hard-wrapped paragraph, an end mark,
/// Windows line endings, indentation with ideographic spaces and a byte-order mark.
/// </summary>
public sealed class ParserOnAnotherArticleTests
{
    private const string Text =
        "\uFEFF\r\n\r\n  新能源汽车走进东欧市场  \r\n\r\n——某地汽车出口观察\r\n\r\n" +
        "新华社布达佩斯3月5日电（记者 李明 王芳）今年前两个月，某车企向东欧出口整车1.2万辆，同比增长35%。港口运力随之紧张。\r\n\r\n" +
        "这是3月4日在布达佩斯港口拍摄的待运汽车。\r\n新华社记者 赵强 摄\r\n\r\n\r\n\r\n" +
        "销量背后的故事\r\n\r\n" +
        "\u3000\u3000业内人士指出，价格和售后服务是\r\n竞争的关键。\r\n\r\n" +
        "——完善充电网络。各方计划新建充电桩500个。\r\n\r\n" +
        "——加强人才培训。\r\n\r\n" +
        "好评如潮。\r\n\r\n" +
        "（完）\r\n\r\n" +
        "充电网络建设提速\r\n\r\n" +
        "新华社上海3月6日电 记者从市交通委获悉，今年将新建公共充电桩2000个。\r\n\r\n" +
        "新建充电桩将优先布局在居民小区。\r\n\r\n" +
        "新华社记者 孙丽\r\n";

    private readonly IReadOnlyList<Model.Article> articles = ReportParser.Parse(Text);

    [Fact]
    public void SplitsTheTextAtTheEndMarkIntoTwoArticles()
    {
        Assert.Equal(2, articles.Count);
        Assert.Equal("新能源汽车走进东欧市场", articles[0].Title);
        Assert.Equal("——某地汽车出口观察", articles[0].Subtitle);
        Assert.Equal("充电网络建设提速", articles[1].Title);
    }

    [Fact]
    public void TakesTheDatelineAndBylineFromTheStartOfTheFirstParagraph()
    {
        var first = articles[0];
        Assert.Equal("(新华社布达佩斯3月5日电)", first.Dateline);
        Assert.Equal("记者 李明 王芳", first.Byline);
        Assert.StartsWith("今年前两个月", first.Sections[0].Paragraphs[0].Text);
        Assert.Equal(["今年前两个月，某车企向东欧出口整车1.2万辆，同比增长35%。", "港口运力随之紧张。"], first.Sections[0].Paragraphs[0].Sentences);
        Assert.Equal("(新华社上海3月6日电)", articles[1].Dateline);
        Assert.Equal("新华社记者 孙丽", articles[1].Byline);
    }

    [Fact]
    public void FindsTheCaptionAndItsCredit()
    {
        var caption = Assert.Single(articles[0].Captions);
        Assert.Equal("这是3月4日在布达佩斯港口拍摄的待运汽车。", caption.Text);
        Assert.Equal("新华社记者 赵强 摄", caption.Credit);
        Assert.Empty(articles[1].Captions);
    }

    [Fact]
    public void JoinsTheHardWrappedParagraphAndMergesTheFragment()
    {
        var section = articles[0].Sections.Single(s => s.Heading == "销量背后的故事");
        Assert.Equal(3, section.Paragraphs.Count);
        Assert.Equal("业内人士指出，价格和售后服务是竞争的关键。", section.Paragraphs[0].Text);
        Assert.False(section.Paragraphs[0].IsListItem);
        Assert.True(section.Paragraphs[1].IsListItem);
        Assert.Equal("——加强人才培训。好评如潮。", section.Paragraphs[2].Text);
    }

    [Fact]
    public void NumbersTheSecondArticlesParagraphsInItsLeadSection()
    {
        var lead = Assert.Single(articles[1].Sections);
        Assert.Null(lead.Heading);
        Assert.Equal([1, 2], lead.Paragraphs.Select(p => p.Ordinal));
        Assert.Equal("记者从市交通委获悉，今年将新建公共充电桩2000个。", lead.Paragraphs[0].Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\r\n\r\n   \r\n")]
    [InlineData("。。。！！！")]
    public void EmptyOrPunctuationOnlyTextGivesNoParagraphs(string text) =>
        Assert.All(ReportParser.Parse(text), a => Assert.All(a.Sections, s => Assert.All(s.Paragraphs, p => Assert.False(string.IsNullOrWhiteSpace(p.Text)))));
}
