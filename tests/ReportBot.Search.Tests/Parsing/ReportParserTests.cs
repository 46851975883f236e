using ReportBot.Search.Model;
using ReportBot.Search.Parsing;
using ReportBot.Search.Tests.Support;

namespace ReportBot.Search.Tests.Parsing;

/// <summary>The parser on the report itself: two articles, their parts, and the text's flaws.</summary>
public sealed class ReportParserTests
{
    private readonly IReadOnlyList<Article> articles = ReportParser.Parse(File.ReadAllText(RepositoryPaths.ReportText));

    private Article First => articles[0];
    private Article Second => articles[1];

    [Fact]
    public void FindsTwoArticlesWithTheirTitlesSubtitleBylinesAndDatelines()
    {
        Assert.Equal(2, articles.Count);
        Assert.Equal("共筑中国—中亚命运共同体", First.Title);
        Assert.Equal("——《弘扬“中国—中亚精神”：区域合作的成就、机遇与展望》智库报告解析", First.Subtitle);
        Assert.Equal("新华社记者 张京品 张思浩 耿鹏宇", First.Byline);
        Assert.Equal("(新华社阿斯塔纳6月22日电)", First.Dateline);
        Assert.Equal("弘扬“中国—中亚精神” 谱写合作共赢新华章", Second.Title);
        Assert.Null(Second.Subtitle);
        Assert.Equal("新华社记者 张斌", Second.Byline);
        Assert.Equal("(新华社阿斯塔纳6月22日电)", Second.Dateline);
    }

    [Fact]
    public void FindsTheSectionsOfTheFirstArticleAndTheHeadinglessSecond()
    {
        Assert.Equal(["中国—中亚打造区域合作典范", "中国—中亚合作蕴含巨大机遇", "弘扬“中国—中亚”精神推进共同现代化"], First.Sections.Select(s => s.Heading));
        Assert.Equal([7, 6, 10], First.Sections.Select(s => s.Paragraphs.Count));
        var lead = Assert.Single(Second.Sections);
        Assert.Null(lead.Heading);
        Assert.Equal(7, lead.Paragraphs.Count);
    }

    [Fact]
    public void NumbersParagraphsWithinTheirSection()
    {
        var trade = First.Sections[0].Paragraphs[2];
        Assert.Equal(3, trade.Ordinal);
        Assert.StartsWith("这是中国—中亚经贸合作的一个缩影。", trade.Text);
        Assert.Equal(3, trade.Sentences.Count);
        Assert.StartsWith("2024年，中国同中亚国家贸易总额达948亿美元", trade.Sentences[2]);
    }

    [Fact]
    public void KeepsTheFirstArticlesCaptionsBeforeTheSecondArticleStarts()
    {
        Assert.Equal(4, First.Captions.Count);
        Assert.Equal("新华社记者 张玉薇 摄", First.Captions[0].Credit);
        Assert.Equal("新华社发(罗曼 摄)", First.Captions[1].Credit);
        Assert.Equal("新华社发(奥斯帕诺夫 摄)", First.Captions[2].Credit);
        Assert.StartsWith("2024年6月12日，在塔吉克斯坦首都杜尚别", First.Captions[3].Text);
        var solar = Assert.Single(Second.Captions);
        Assert.Equal("新华社发(中国能建海投公司供图)", solar.Credit);
        Assert.Contains("1吉瓦光伏电站", solar.Text);
    }

    [Fact]
    public void MarksParagraphsThatOpenWithADashAsListItems()
    {
        var opportunities = First.Sections[1].Paragraphs;
        Assert.Equal([false, false, true, true, true, false], opportunities.Select(p => p.IsListItem));
    }

    [Fact]
    public void JoinsTheStrayFragmentToTheUnfinishedSentenceItCompletes()
    {
        var paragraphs = First.Sections[2].Paragraphs;
        Assert.EndsWith("推进区域命运共同体稳步前行。", paragraphs[0].Text);
        Assert.DoesNotContain(paragraphs, p => p.Text == "稳步前行。");
        Assert.EndsWith("共同为世界打造了区域合作的样板和典范。", paragraphs[3].Text);
    }

    [Fact]
    public void KeepsEveryCharacterOfProseExactlyOnce()
    {
        var source = File.ReadAllText(RepositoryPaths.ReportText);
        var parsed = string.Concat(articles.SelectMany(a =>
            new[] { a.Title, a.Subtitle, a.Byline, a.Dateline }
                .Concat(a.Sections.Select(s => s.Heading))
                .Concat(a.Sections.SelectMany(s => s.Paragraphs.Select(p => p.Text)))
                .Concat(a.Captions.SelectMany(c => new[] { c.Text, c.Credit }))));
        static int Count(string text) => text.Count(c => !char.IsWhiteSpace(c));
        Assert.Equal(Count(source), Count(parsed));
    }
}
