namespace ReportBot.Search.Model;

/// <summary>Cuts a report into passages: one per paragraph, one per caption, one per article's byline.</summary>
public static class ReportPassages
{
    private static readonly string[] ChineseOrdinals = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

    public static IEnumerable<Passage> From(Report report)
    {
        var meta = report.Metadata;
        foreach (var article in report.Articles)
        {
            var source = new PassageSource(report.Id, meta.Title, meta.Publisher, meta.PublisherEn, meta.Date, article.Byline, article.Dateline, Credit: null);
            var titles = string.Join(' ', new[] { article.Title, article.Subtitle }.Where(t => !string.IsNullOrEmpty(t)));
            var prefix = $"{report.Id}/a{article.Ordinal}";

            foreach (var section in article.Sections)
            {
                foreach (var paragraph in section.Paragraphs)
                {
                    yield return new Passage(
                        $"{prefix}/s{section.Ordinal}/p{paragraph.Ordinal}", PassageKind.Paragraph,
                        article.Ordinal, article.Title, section.Ordinal, section.Heading, paragraph.Ordinal,
                        paragraph.Text, paragraph.Sentences, $"{titles} {section.Heading}".Trim(), source);
                }
            }

            foreach (var caption in article.Captions)
            {
                // The credit is quoted with the caption: "who took the photo" is answered by it.
                var sentences = caption.Credit.Length > 0 ? caption.Sentences.Append(caption.Credit).ToList() : caption.Sentences;
                yield return new Passage(
                    $"{prefix}/c{caption.Ordinal}", PassageKind.Caption,
                    article.Ordinal, article.Title, 0, null, caption.Ordinal,
                    string.Join(' ', sentences), sentences, "图片 照片 图片说明",
                    source with { Credit = caption.Credit });
            }

            if (article.Byline is not null || article.Dateline is not null)
            {
                var lines = new[] { article.Byline, article.Dateline }.OfType<string>().ToList();
                var ordinal = article.Ordinal < ChineseOrdinals.Length ? ChineseOrdinals[article.Ordinal] : article.Ordinal.ToString();
                yield return new Passage(
                    $"{prefix}/info", PassageKind.ArticleInfo,
                    article.Ordinal, article.Title, 0, null, 1,
                    string.Join(' ', lines), lines,
                    $"第{ordinal}篇文章 第{article.Ordinal}篇 署名 作者 记者 撰写 电头 {titles}",
                    source);
            }
        }
    }
}
