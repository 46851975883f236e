using ReportBot.Search.Querying;
using ReportBot.Search.Tests.Support;

namespace ReportBot.Search.Tests.Querying;

/// <summary>The answer threshold, seen from both sides: questions near it that the report answers, and ones it does not.</summary>
public sealed class AnswerThresholdTests(ReportIndexFixture fixture) : IClassFixture<ReportIndexFixture>
{
    [Theory]
    [InlineData("报告对当前国际形势怎么判断？", "百年变局加速演进")]
    [InlineData("“中国—中亚精神”的内涵是什么？", "互尊、互信、互利、互助")]
    [InlineData("去年中国与中亚五国的贸易额达到多少？", "948亿美元")]
    [InlineData("中亚的地理位置有什么特点？", "十字路口")]
    public void ParaphrasedQuestionsTheReportAnswersClearTheThreshold(string question, string expected)
    {
        var answer = fixture.Searcher.Search(question);
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.InRange(answer.TopScore, ReportSearcher.AnswerThreshold, 2);
        Assert.Contains(expected, answer.Hits[0].Quote);
    }

    [Theory]
    [InlineData("今天北京天气怎么样？")]
    [InlineData("苹果手机多少钱？")]
    [InlineData("中亚国家的人口有多少？")]
    [InlineData("Who won the 2022 World Cup?")]
    [InlineData("如何学习Python编程？")]
    public void QuestionsThatShareOnlySomeWordsWithTheReportAreDeclined(string question)
    {
        var answer = fixture.Searcher.Search(question);
        Assert.Equal(AnswerStatus.NotFound, answer.Status);
        Assert.False(answer.Answered);
        Assert.InRange(answer.TopScore, 0, ReportSearcher.AnswerThreshold - 0.0001);
        Assert.Empty(answer.Hits);
    }

    [Theory]
    [InlineData("2019年中国同中亚国家贸易总额是多少？", "2019")]
    [InlineData("中国同东南亚国家的贸易额是多少？", "东南亚")]
    [InlineData("上海合作组织峰会在哪里举行？", "上海合作组织")]
    [InlineData("What is the trade between China and Brazil?", "巴西")]
    public void QuestionsAboutWhatTheReportNeverMentionsGetRelatedReadingOnly(string question, string missing)
    {
        var answer = fixture.Searcher.Search(question);
        Assert.Equal(AnswerStatus.NotCovered, answer.Status);
        Assert.False(answer.Answered);
        Assert.Equal([missing], answer.Uncovered);
        Assert.NotEmpty(answer.Hits);
    }
}
