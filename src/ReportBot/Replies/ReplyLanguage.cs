using ReportBot.Search.Analysis;

namespace ReportBot.Replies;

/// <summary>The language of a reply's labels (the quotes are always the report's Chinese).</summary>
internal enum ReplyLanguage
{
    Chinese,
    English,
}

internal static class ReplyLanguages
{
    /// <summary>
    /// The user's language: what the message is written in when it says (Han characters: Chinese,
    /// Latin words: English), else the activity's locale, else Chinese.
    /// </summary>
    public static ReplyLanguage For(string? locale, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            if (text.Any(ChineseText.IsHan)) return ChineseText.IsMostlyChinese(text) ? ReplyLanguage.Chinese : ReplyLanguage.English;
            if (text.Count(char.IsAsciiLetter) >= 2) return ReplyLanguage.English;
        }
        return locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? ReplyLanguage.English : ReplyLanguage.Chinese;
    }
}
