using ReportBot.Search.Model;

namespace ReportBot.Replies;

/// <summary>Where a passage stands, as one line: article, section, paragraph, publisher and date.</summary>
internal static class SourceLine
{
    public static string For(Passage passage, ReplyLanguage language)
    {
        var labels = Labels.For(language);
        var parts = new List<string>(5);
        if (passage.ArticleTitle.Length > 0) parts.Add(string.Format(labels.Article, passage.ArticleTitle));
        switch (passage.Kind)
        {
            case PassageKind.Paragraph:
                parts.Add(passage.SectionHeading is { } heading ? string.Format(labels.Section, heading) : labels.Lead);
                parts.Add(string.Format(labels.Paragraph, passage.Ordinal));
                break;
            case PassageKind.Caption:
                parts.Add(string.Format(labels.Caption, passage.Ordinal));
                break;
            default:
                parts.Add(labels.Byline);
                break;
        }
        var source = passage.Source;
        parts.Add(language == ReplyLanguage.English ? source.PublisherEn ?? source.Publisher : source.Publisher);
        parts.Add(source.Date.ToString("yyyy-MM-dd"));
        return string.Join(" · ", parts);
    }
}
