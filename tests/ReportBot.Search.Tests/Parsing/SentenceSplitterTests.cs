using ReportBot.Search.Parsing;

namespace ReportBot.Search.Tests.Parsing;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("甲。乙！丙？", new[] { "甲。", "乙！", "丙？" })]
    // A closing quote stays with the sentence it closes.
    [InlineData("——世代友好。“文明因多样而交流。”千百年来，如此。", new[] { "——世代友好。", "“文明因多样而交流。”", "千百年来，如此。" })]
    // A full stop inside a book title does not end the sentence.
    [InlineData("他读了《春。夏》一书。然后走了。", new[] { "他读了《春。夏》一书。", "然后走了。" })]
    // An ellipsis ends a sentence when more follows; a decimal point never does.
    [InlineData("第一次会议举行……近年来，增长4.6倍。", new[] { "第一次会议举行……", "近年来，增长4.6倍。" })]
    [InlineData("没有句号的结尾", new[] { "没有句号的结尾" })]
    public void SplitsIntoSentences(string text, string[] expected) => Assert.Equal(expected, SentenceSplitter.Split(text));
}
