using Microsoft.AspNetCore.Http;
using ReportBot.Protocol.Builder;

namespace ReportBot.Protocol.Integration;

/// <summary>
/// Handles <c>POST /api/messages</c>. The endpoint is one line:
/// <code>app.MapPost("/api/messages", (HttpRequest req, HttpResponse res, IBotFrameworkHttpAdapter adapter, IBot bot, CancellationToken ct) => adapter.ProcessAsync(req, res, bot, ct));</code>
/// </summary>
public interface IBotFrameworkHttpAdapter
{
    Task ProcessAsync(HttpRequest httpRequest, HttpResponse httpResponse, IBot bot, CancellationToken cancellationToken = default);
}
