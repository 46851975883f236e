namespace ReportBot.Search.Model;

/// <summary>A report: its metadata and the articles its text holds.</summary>
public sealed record Report(string Id, ReportMetadata Metadata, IReadOnlyList<Article> Articles);

/// <summary>One article of a report, numbered from 1 in reading order.</summary>
public sealed record Article(
    int Ordinal,
    string Title,
    string? Subtitle,
    string? Byline,
    string? Dateline,
    IReadOnlyList<Section> Sections,
    IReadOnlyList<Caption> Captions);

/// <summary>A section of an article; the lead section before the first heading has no heading.</summary>
public sealed record Section(int Ordinal, string? Heading, IReadOnlyList<Paragraph> Paragraphs);

/// <summary>A paragraph, numbered from 1 within its section.</summary>
public sealed record Paragraph(int Ordinal, string Text, IReadOnlyList<string> Sentences, bool IsListItem);

/// <summary>A photo caption with its credit line (<c>新华社发(罗曼 摄)</c>), numbered from 1 within its article.</summary>
public sealed record Caption(int Ordinal, string Text, string Credit, IReadOnlyList<string> Sentences);
