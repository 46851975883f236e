namespace ReportBot.Protocol.Schema;

/// <summary>What a channel answers to a sent activity: the id it gave it (may be empty).</summary>
public class ResourceResponse
{
    public ResourceResponse()
    {
    }

    public ResourceResponse(string? id) => Id = id;

    public string? Id { get; set; }
}
