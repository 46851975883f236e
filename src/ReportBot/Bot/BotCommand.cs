using System.Text.Json;

namespace ReportBot.Bot;

internal enum BotCommand
{
    Question,
    More,
    Help,
}

/// <summary>Recognises the few words that are not questions: "more" and "help", typed or sent by a card button.</summary>
internal static class BotCommands
{
    private static readonly HashSet<string> More = new(StringComparer.OrdinalIgnoreCase)
    {
        "更多", "更多结果", "更多結果", "下一页", "下一頁", "继续", "more", "more results", "next",
    };

    private static readonly HashSet<string> Help = new(StringComparer.OrdinalIgnoreCase)
    {
        "帮助", "幫助", "help", "?", "？", "/help", "使用说明",
    };

    public static BotCommand Recognize(string text, object? value)
    {
        if (ActionOf(value) is { } action)
        {
            if (action == "more") return BotCommand.More;
            if (action == "help") return BotCommand.Help;
        }
        var trimmed = text.Trim().TrimEnd('。', '.', '!', '！');
        if (More.Contains(trimmed)) return BotCommand.More;
        return Help.Contains(trimmed) ? BotCommand.Help : BotCommand.Question;
    }

    /// <summary>The question a card button carries (<c>{"action":"ask","question":"…"}</c>), if any.</summary>
    public static string? QuestionOf(object? value) =>
        value is JsonElement { ValueKind: JsonValueKind.Object } element
        && element.TryGetProperty("question", out var question) && question.ValueKind == JsonValueKind.String
            ? question.GetString()
            : null;

    private static string? ActionOf(object? value) =>
        value is JsonElement { ValueKind: JsonValueKind.Object } element
        && element.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.String
            ? action.GetString()
            : null;
}
