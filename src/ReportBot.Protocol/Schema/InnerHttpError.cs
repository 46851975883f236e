using System.Text.Json.Serialization;
using ReportBot.Protocol.Schema.Json;

namespace ReportBot.Protocol.Schema;

/// <summary>The HTTP error a Connector call ran into upstream.</summary>
public class InnerHttpError
{
    public int? StatusCode { get; set; }

    [JsonConverter(typeof(RawJsonConverter))]
    public object? Body { get; set; }
}
