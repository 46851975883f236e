using ReportBot.Search.Querying;
using ReportBot.Search.Tests.Support;

namespace ReportBot.Search.Tests.Querying;

/// <summary>Whatever arrives, the searcher answers: a prompt for an empty question, an answer for its first 500 characters, never an exception.</summary>
public sealed class BadInputTests(ReportIndexFixture fixture) : IClassFixture<ReportIndexFixture>
{
    public static TheoryData<string?> NothingToLookFor => new()
    {
        null,
        "",
        "   \t\r\n ",
        "？？？！！！。。。",
        "?!.,;:'\"",
        "😀🎉👍",
        "\u0000\u0001\u0007\u001b\u007f",
        "\u202e\u202d\u2066\u200b",
        "是什么？为什么？怎么样？",
    };

    [Theory]
    [MemberData(nameof(NothingToLookFor))]
    public void InputWithNothingToLookForAsksForAQuestion(string? input)
    {
        var answer = fixture.Searcher.Search(input);
        Assert.Equal(AnswerStatus.EmptyQuestion, answer.Status);
        Assert.Empty(answer.Hits);
    }

    [Theory]
    [InlineData("AND OR NOT ( ) [ ] { } * ? ~ ^ \" : \\ / + -")]
    [InlineData("贸易总额 AND 948 OR *:* NOT {x TO y} \"unclosed")]
    [InlineData("title:贸易^100 ~2 \\ /regex/ +must -not")]
    [InlineData("ما هو حجم التجارة بين الصين وآسيا الوسطى")]
    [InlineData("שלום עולם 贸易总额")]
    [InlineData("2024年trade总额多少Кыргызстан")]
    [InlineData("🇨🇳贸易总额🇰🇿是多少")]
    [InlineData("'; DROP TABLE passages; --")]
    [InlineData("<script>alert('x')</script>贸易")]
    [InlineData("\u001b[31m贸易\u001b[0m")]
    public void HostileAndMixedInputIsAnsweredWithoutError(string input)
    {
        var answer = fixture.Searcher.Search(input);
        Assert.NotNull(answer);
        Assert.All(answer.Hits, h => Assert.InRange(h.Quote.Length, 1, QuoteMaker.MaxQuoteLength + 2));
    }

    [Fact]
    public void LuceneSyntaxIsSearchedAsWordsNotParsed()
    {
        var answer = fixture.Searcher.Search("贸易总额 AND 948 OR *:*");
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("948亿美元", answer.Hits[0].Quote);
    }

    [Fact]
    public void AHundredThousandCharactersAreAnsweredForTheFirst500AndSaySo()
    {
        var question = "2024年中国同中亚国家贸易总额是多少？" + new string('啊', 100_000);
        var answer = fixture.Searcher.Search(question);

        Assert.True(answer.Truncated);
        Assert.Equal(SearchLimits.MaxQuestionLength, answer.EffectiveQuestion.Length);
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("948亿美元", answer.Hits[0].Quote);
    }

    [Fact]
    public void TruncationNeverSplitsACharacterMadeOfTwoCodeUnits()
    {
        var answer = fixture.Searcher.Search(string.Concat(Enumerable.Repeat("𠀀", 600)));
        Assert.True(answer.Truncated);
        Assert.False(char.IsHighSurrogate(answer.EffectiveQuestion[^1]));
    }

    [Fact]
    public void ManyDistinctWordsStayWithinLucenesClauseLimit()
    {
        var words = string.Join(' ', Enumerable.Range(0, 400).Select(i => $"word{i}"));
        var answer = fixture.Searcher.Search(words + " 贸易总额");
        Assert.NotNull(answer);
    }
}
