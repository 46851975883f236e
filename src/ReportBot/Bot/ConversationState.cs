using System.Text.Json.Serialization;

namespace ReportBot.Bot;

/// <summary>What the bot remembers of a conversation: its last question, how many results were shown, what was asked.</summary>
internal sealed record ConversationState(string? LastQuestion, int Shown, bool English, IReadOnlyList<string> Asked)
{
    public static readonly ConversationState Empty = new(null, 0, false, []);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ConversationState))]
internal sealed partial class StateJsonContext : JsonSerializerContext;
