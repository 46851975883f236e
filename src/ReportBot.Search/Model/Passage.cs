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
    string? Credit);
