using System.Text.RegularExpressions;

namespace ReportBot.Search.Parsing;

/// <summary>What one line of a plain-text news report is, judged from its form alone.</summary>
internal enum LineKind
{
    /// <summary>A photo credit: <c>新华社记者 张玉薇 摄</c>, <c>新华社发(罗曼 摄)</c>, <c>(某公司供图)</c>.</summary>
    Credit,
    /// <summary>A byline: <c>新华社记者 张京品 张思浩</c>.</summary>
    Byline,
    /// <summary>A dateline on its own line: <c>(新华社阿斯塔纳6月22日电)</c>.</summary>
    Dateline,
    /// <summary>A short line without sentence punctuation: a title, subtitle or section heading.</summary>
    Heading,
    /// <summary>An end mark: <c>（完）</c>.</summary>
    End,
    /// <summary>Prose: a paragraph, a list item, a caption's text or a stray fragment.</summary>
    Prose,
}

internal static partial class LineClassifier
{
    private const int MaxHeadingLength = 40;
    private const int MaxSubtitleLength = 80;
    private const int MaxCreditLength = 48;

    public static LineKind Classify(string line)
    {
        var bare = WithoutBookTitles(line);
        var hasSentencePunctuation = SentencePunctuation().IsMatch(bare);
        if (line.Length <= MaxCreditLength && !hasSentencePunctuation && Credit().IsMatch(line)) return LineKind.Credit;
        if (Dateline().IsMatch(line)) return LineKind.Dateline;
        if (EndMark().IsMatch(line)) return LineKind.End;
        if (line.Length <= MaxCreditLength && !hasSentencePunctuation && Byline().IsMatch(line)) return LineKind.Byline;
        if (!hasSentencePunctuation && !SentenceSplitter.EndsWithTerminal(line) && HasWords(line)
            && line.Length <= (IsDashed(line) ? MaxSubtitleLength : MaxHeadingLength))
            return LineKind.Heading;
        return LineKind.Prose;
    }

    /// <summary>True for lines that open with a dash (<c>——</c>): subtitles and list items.</summary>
    public static bool IsDashed(string line) => line.StartsWith('—') || line.StartsWith("--", StringComparison.Ordinal);

    /// <summary>A dateline that opens a paragraph, with an optional byline in brackets after it.</summary>
    public static Match LeadingDateline(string paragraph) => InlineDateline().Match(paragraph);

    private static bool HasWords(string line) => line.Count(char.IsLetterOrDigit) >= 2;

    private static string WithoutBookTitles(string line) => BookTitle().Replace(line, "《》");

    [GeneratedRegex(@"《[^《》]*》")]
    private static partial Regex BookTitle();

    [GeneratedRegex(@"[。，；！？、,;!?]")]
    private static partial Regex SentencePunctuation();

    [GeneratedRegex(@"(摄|供图|制图|绘图)\s*[)）]?\s*$")]
    private static partial Regex Credit();

    [GeneratedRegex(@"(记者|通讯员|作者|撰稿|编译)[\s：:]*\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Byline();

    [GeneratedRegex(@"^[(（]\s*完\s*[)）]$")]
    private static partial Regex EndMark();

    [GeneratedRegex(@"^[(（]\s*[^()（）]{2,40}电\s*[)）]$")]
    private static partial Regex Dateline();

    [GeneratedRegex(@"^(?<dateline>[^\s，。,()（）]{2,24}?\d{1,2}月\d{1,2}日电)\s*(?:[(（](?<byline>[^()（）]*(记者|通讯员)[^()（）]*)[)）])?\s*")]
    private static partial Regex InlineDateline();
}
