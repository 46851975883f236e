namespace ReportBot.Protocol.Schema;

/// <summary>A programmatic action requested together with a message.</summary>
public class SemanticAction
{
    public string? Id { get; set; }

    public IDictionary<string, Entity>? Entities { get; set; }

    /// <summary>"start", "continue" or "done".</summary>
    public string? State { get; set; }
}
