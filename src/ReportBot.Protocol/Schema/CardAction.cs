using System.Text.Json;
using System.Text.Json.Serialization;
using ReportBot.Protocol.Schema.Json;

namespace ReportBot.Protocol.Schema;

/// <summary>A clickable action: a suggested action or a card button.</summary>
public class CardAction
{
    public CardAction()
    {
    }

    public CardAction(string? type = null, string? title = null, string? image = null, string? text = null, string? displayText = null, object? value = null, object? channelData = null, string? imageAltText = null)
    {
        Type = type;
        Title = title;
        Image = image;
        Text = text;
        DisplayText = displayText;
        Value = value;
        ChannelData = channelData;
        ImageAltText = imageAltText;
    }

    /// <summary><see cref="ActionTypes"/>: imBack, postBack, messageBack, openUrl, …</summary>
    public string? Type { get; set; }

    public string? Title { get; set; }

    public string? Image { get; set; }

    public string? Text { get; set; }

    public string? DisplayText { get; set; }

    /// <summary>Raw JSON value (a string for imBack/openUrl, any JSON for postBack/messageBack).</summary>
    [JsonConverter(typeof(RawJsonConverter))]
    public object? Value { get; set; }

    [JsonConverter(typeof(RawJsonConverter))]
    public object? ChannelData { get; set; }

    public string? ImageAltText { get; set; }

    /// <summary>Members the schema does not name; kept so they round-trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
