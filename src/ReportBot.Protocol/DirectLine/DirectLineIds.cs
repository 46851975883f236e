using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;

namespace ReportBot.Protocol.DirectLine;

/// <summary>Conversation ids (random, URL-safe) and activity ids (<c>"{conversation}|{sequence:D7}"</c>).</summary>
internal static class DirectLineIds
{
    private const int MaxConversationIdLength = 64;

    public static string Random() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    public static string NewConversationId() => Random();

    public static string ActivityId(string conversationId, long sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{conversationId}|{sequence:D7}");

    /// <summary>True for ids this endpoint could have made (so nothing else is looked up or echoed).</summary>
    public static bool IsWellFormed(string? conversationId) =>
        !string.IsNullOrEmpty(conversationId)
        && conversationId.Length <= MaxConversationIdLength
        && conversationId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
