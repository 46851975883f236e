namespace ReportBot.Protocol.Builder;

/// <summary>The bot logic an adapter runs for a turn (typically <see cref="IBot.OnTurnAsync"/>).</summary>
public delegate Task BotCallbackHandler(ITurnContext turnContext, CancellationToken cancellationToken);
