namespace ReportBot.Search.Model;

public enum PassageKind
{
    /// <summary>A paragraph of an article's text.</summary>
    Paragraph,
    /// <summary>A photo caption and its credit line.</summary>
    Caption,
    /// <summary>An article's title, byline and dateline.</summary>
    ArticleInfo,
}

/// <summary>
/// The unit the index stores and the searcher returns: verbatim text, split into sentences, with
/// where it stands. <see cref="Context"/> is searched too but never quoted: headings, titles, and
/// for an article's byline the words people use to ask for it.
/// </summary>
public sealed record Passage(
    string Id,
    PassageKind Kind,
    int ArticleOrdinal,
    string ArticleTitle,
    int SectionOrdinal,
    string? SectionHeading,
    int Ordinal,
    string Text,
    IReadOnlyList<string> Sentences,
    string Context,
    PassageSource Source);

/// <summary>Where a passage comes from: the report, its publisher and date, and the article's byline and dateline.</summary>
public sealed record PassageSource(
    string ReportId,
    string ReportTitle,
    string Publisher,
    string? PublisherEn,
    DateOnly Date,
    string? Byline,
    string? Dateline,
    string? Credit)
{
    /// <summary>The source as one Chinese line: article, section, paragraph, publisher and date.</summary>
    public static string Describe(Passage passage)
    {
        var source = passage.Source;
        var parts = new List<string>(5);
        if (passage.ArticleTitle.Length > 0) parts.Add($"《{passage.ArticleTitle}》");
        switch (passage.Kind)
        {
            case PassageKind.Paragraph:
                if (passage.SectionHeading is { } heading) parts.Add(heading);
                parts.Add(passage.SectionHeading is null ? $"第{passage.Ordinal}段" : $"本节第{passage.Ordinal}段");
                break;
            case PassageKind.Caption:
                parts.Add($"图片说明{passage.Ordinal}");
                if (source.Credit is { Length: > 0 } credit) parts.Add(credit);
                break;
            case PassageKind.ArticleInfo:
                parts.Add("署名与电头");
                break;
        }
        parts.Add($"{source.Publisher} {source.Date:yyyy-MM-dd}");
        return string.Join(" · ", parts);
    }
}
