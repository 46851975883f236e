using ReportBot.Search.Model;
using ReportBot.Search.Querying;
using ReportBot.Search.Tests.Support;

namespace ReportBot.Search.Tests.Querying;

public sealed class ReportSearcherTests(ReportIndexFixture fixture) : IClassFixture<ReportIndexFixture>
{
    private static string Highlighted(Hit hit) => string.Join('|', hit.Highlights.Select(h => hit.Quote.Substring(h.Start, h.Length)));

    [Fact]
    public void TheTradeQuestionIsAnsweredWithTheSentenceThatHoldsTheFigureAndWhereItStands()
    {
        var answer = fixture.Searcher.Search("2024年中国同中亚国家贸易总额是多少？");

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        var top = answer.Hits[0];
        Assert.StartsWith("2024年，中国同中亚国家贸易总额达948亿美元", top.Quote);
        Assert.Equal(PassageKind.Paragraph, top.Passage.Kind);
        Assert.Equal("共筑中国—中亚命运共同体", top.Passage.ArticleTitle);
        Assert.Equal("中国—中亚打造区域合作典范", top.Passage.SectionHeading);
        Assert.Equal(3, top.Passage.Ordinal);
        Assert.Equal("新华社", top.Passage.Source.Publisher);
        Assert.Equal(new DateOnly(2025, 6, 22), top.Passage.Source.Date);
    }

    [Fact]
    public void HighlightsAreTheQuestionsWordsWhereTheyStandInTheQuote()
    {
        var top = fixture.Searcher.Search("2024年中国同中亚国家贸易总额是多少？").Hits[0];
        Assert.Equal("2024|中国同中亚国家贸易总额", Highlighted(top));
    }

    [Fact]
    public void TraditionalCharactersFindTheSameAnswerAndHighlightTheSimplifiedQuote()
    {
        var top = fixture.Searcher.Search("2024年中國同中亞國家貿易總額是多少？").Hits[0];
        Assert.Contains("948亿美元", top.Quote);
        Assert.Contains("贸易总额", Highlighted(top));
    }

    [Theory]
    [InlineData("第二篇文章是谁写的？", "新华社记者 张斌")]
    [InlineData("Who wrote the second article?", "新华社记者 张斌")]
    [InlineData("第一篇文章的记者有哪些？", "张京品 张思浩 耿鹏宇")]
    [InlineData("光伏电站的照片是谁提供的？", "中国能建海投公司供图")]
    [InlineData("Who provided the photo of the solar plant?", "中国能建海投公司供图")]
    [InlineData("谁拍摄了智库报告的照片？", "新华社记者 张玉薇 摄")]
    public void BylinesAndPhotoCreditsCanBeAskedFor(string question, string expected)
    {
        var answer = fixture.Searcher.Search(question);
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Hits[0].Quote);
    }

    [Fact]
    public void ACaptionIsQuotedWithItsCredit()
    {
        var top = fixture.Searcher.Search("健康快车在哪个国家开展活动？").Hits[0];
        Assert.Equal(PassageKind.Caption, top.Passage.Kind);
        Assert.EndsWith("新华社记者 郑开君 摄", top.Quote);
        Assert.Equal("新华社记者 郑开君 摄", top.Passage.Source.Credit);
    }

    [Fact]
    public void EnglishQuestionsAreLookedUpThroughTheGlossary()
    {
        var answer = fixture.Searcher.Search("What was the total trade between China and Central Asian countries in 2024?");
        Assert.True(answer.IsEnglish);
        Assert.Contains("948亿美元", answer.Hits[0].Quote);
    }

    [Fact]
    public void PagesDoNotRepeatResults()
    {
        const string question = "中国与中亚国家的合作";
        var first = fixture.Searcher.Search(question, top: 2);
        var second = fixture.Searcher.Search(question, top: 2, skip: 2);

        Assert.Equal([1, 2], first.Hits.Select(h => h.Rank));
        Assert.Equal([3, 4], second.Hits.Select(h => h.Rank));
        Assert.Empty(first.Hits.Select(h => h.Passage.Id).Intersect(second.Hits.Select(h => h.Passage.Id)));
    }

    [Fact]
    public void EveryDevelopmentQuoteIsAtMostAbout200CharactersAndWholeSentences()
    {
        foreach (var question in ReportBot.Search.Evaluation.EvalQuestion.Load(RepositoryPaths.DevQuestions))
        {
            foreach (var hit in fixture.Searcher.Search(question.Q, top: 5).Hits)
            {
                Assert.InRange(hit.Quote.Length, 1, QuoteMaker.MaxQuoteLength + 2);
                var quote = hit.Quote.Trim('…');
                Assert.Contains(quote, hit.Passage.Text);
            }
        }
    }
}
