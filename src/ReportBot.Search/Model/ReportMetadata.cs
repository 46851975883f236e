namespace ReportBot.Search.Model;

/// <summary>What the metadata file beside a report's text says about it.</summary>
public sealed record ReportMetadata(
    string Title,
    string Publisher,
    DateOnly Date,
    string Language,
    string? TitleEn = null,
    string? PublisherEn = null,
    string? Place = null);
