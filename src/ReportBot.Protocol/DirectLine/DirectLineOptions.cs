namespace ReportBot.Protocol.DirectLine;

/// <summary>
/// Settings of the self-hosted Direct Line 3.0 endpoint (configuration section <c>DirectLine</c>). Every limit has a
/// default that suits one bot serving a web page; all of them bound memory or work per client.
/// </summary>
public sealed class DirectLineOptions
{
    /// <summary>The configuration section <see cref="DirectLineServiceCollectionExtensions.AddDirectLine"/> binds.</summary>
    public const string SectionName = "DirectLine";

    /// <summary>
    /// <c>DirectLine:Secret</c>: the Direct Line secret (16+ characters). When set, <c>POST /tokens/generate</c> needs
    /// <c>Authorization: Bearer &lt;secret&gt;</c> and the secret also works on every conversation route. When unset,
    /// tokens are handed out only to clients on this machine (loopback, not forwarded by a proxy).
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>
    /// <c>DirectLine:TokenSigningKey</c>: HMAC-SHA256 key (32+ characters) for tokens. Unset: a random key per process,
    /// so tokens die with the process (as do the in-memory conversations).
    /// </summary>
    public string? TokenSigningKey { get; set; }

    /// <summary>How long a token is valid (<c>expires_in</c>); DirectLineJS refreshes it every 15 minutes. Default 30 min.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Origins (e.g. <c>https://example.com</c>) allowed to call the endpoint from a browser. Empty (the default)
    /// allows any origin: access is by bearer token, never by cookie.
    /// </summary>
    public IList<string> AllowedOrigins { get; set; } = [];

    /// <summary>The bot's account in activities (<c>recipient</c> inbound, <c>from</c> on replies).</summary>
    public string BotId { get; set; } = "bot";

    /// <summary>The bot's display name in activities.</summary>
    public string BotName { get; set; } = "Bot";

    /// <summary>A conversation nobody posted to, polled, refreshed or reconnected for this long is removed. Default 30 min.</summary>
    public TimeSpan ConversationIdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Live conversations at most; starting one more answers 503. Default 10,000.</summary>
    public int MaxConversations { get; set; } = 10_000;

    /// <summary>Activities kept per conversation (the oldest go first; watermarks stay monotonic). Default 200.</summary>
    public int MaxHistoryPerConversation { get; set; } = 200;

    /// <summary>Serialized bytes kept per conversation (the newest activity is always kept). Default 1 MiB.</summary>
    public int MaxHistoryBytesPerConversation { get; set; } = 1024 * 1024;

    /// <summary>Serialized bytes kept across all conversations; past it, posts answer 503 until idle ones go. Default 256 MiB.</summary>
    public long MaxTotalHistoryBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>Largest accepted activity (request body) in bytes; larger gets 413. Default 256 KiB, as Azure's Direct Line.</summary>
    public int MaxActivityBytes { get; set; } = 256 * 1024;

    /// <summary>Activities per GET page or WebSocket frame. Default 100.</summary>
    public int PageSize { get; set; } = 100;

    /// <summary>Token generations, refreshes, conversation starts and reconnects per client IP per minute. Default 30.</summary>
    public int TokenRequestsPerMinute { get; set; } = 30;

    /// <summary>Posted activities per client IP per minute. Default 120.</summary>
    public int ActivitiesPerMinute { get; set; } = 120;
}
