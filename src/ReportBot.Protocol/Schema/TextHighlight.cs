namespace ReportBot.Protocol.Schema;

/// <summary>Refers to a substring of content within another field.</summary>
public class TextHighlight
{
    public string? Text { get; set; }

    public int? Occurrence { get; set; }
}
