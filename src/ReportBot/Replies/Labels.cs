namespace ReportBot.Replies;

/// <summary>Every fixed phrase of the bot's replies, in Chinese and English.</summary>
internal sealed record Labels(
    string Source,
    string MoreResults,
    string RelatedReading,
    string NotFound,
    string NotCovered,
    string EmptyQuestion,
    string Truncated,
    string NoMoreResults,
    string More,
    string MoreAction,
    string Paragraph,
    string Section,
    string Caption,
    string Byline,
    string Lead,
    string Article)
{
    public static Labels For(ReplyLanguage language) => language == ReplyLanguage.English ? English : Chinese;

    public static readonly Labels Chinese = new(
        Source: "来源",
        MoreResults: "其他结果",
        RelatedReading: "相关阅读（不是答案）",
        NotFound: "报告里没有找到这个问题的答案。可以换个说法，或者问问报告提到的数字、人物、地点和项目。",
        NotCovered: "报告没有涉及{0}。下面是报告中相关的段落，仅供参考，并不回答这个问题。",
        EmptyQuestion: "请输入一个关于报告的问题，例如：2024年中国同中亚国家贸易总额是多少？",
        Truncated: "（问题太长，只按前{0}个字符作答。）",
        NoMoreResults: "这个问题没有更多结果了。",
        More: "更多",
        MoreAction: "更多结果",
        Paragraph: "第{0}段",
        Section: "{0}",
        Caption: "图片说明{0}",
        Byline: "署名与电头",
        Lead: "导语",
        Article: "《{0}》");

    public static readonly Labels English = new(
        Source: "Source",
        MoreResults: "More results",
        RelatedReading: "Related reading (not an answer)",
        NotFound: "I couldn't find an answer to that in the report. Try other words, or ask about a figure, person, place or project it mentions.",
        NotCovered: "The report does not cover {0}. Below are the nearest passages of the report, as related reading only; they do not answer the question.",
        EmptyQuestion: "Please ask a question about the report, for example: What was the total trade between China and Central Asia in 2024?",
        Truncated: "(Your question was long: I answered its first {0} characters.)",
        NoMoreResults: "There are no more results for that question.",
        More: "more",
        MoreAction: "More results",
        Paragraph: "paragraph {0}",
        Section: "section “{0}”",
        Caption: "photo caption {0}",
        Byline: "byline and dateline",
        Lead: "lead",
        Article: "article “{0}”");
}
