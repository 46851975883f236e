using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using ReportBot.Protocol.Schema;

namespace ReportBot.Protocol.Tests.Support;

/// <summary>
/// A Connector stub on loopback: records every request it gets and answers from a script (default: 200 with
/// <c>{"id":"reply-N"}</c>), so tests can make it fail, throttle or stall.
/// </summary>
internal sealed class FakeChannel : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ScriptedResponse> _script = new();
    private readonly ConcurrentQueue<ReceivedRequest> _received = new();
    private int _count;

    private FakeChannel(WebApplication app, string baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    /// <summary>E.g. "http://127.0.0.1:41234".</summary>
    public string BaseAddress { get; }

    /// <summary>The serviceUrl a channel would put in activities: base address + "/".</summary>
    public string ServiceUrl => BaseAddress + "/";

    public IReadOnlyList<ReceivedRequest> Received => _received.ToArray();

    public static async Task<FakeChannel> StartAsync()
    {
        var app = Loopback.CreateBuilder().Build();
        FakeChannel? channel = null;
        app.Run(context => channel!.HandleAsync(context));
        channel = new FakeChannel(app, await Loopback.StartAsync(app));
        return channel;
    }

    /// <summary>Queues the answer to the next request not yet scripted.</summary>
    public FakeChannel ThenRespond(int status, string? body = null, TimeSpan? delay = null, string? retryAfter = null)
    {
        _script.Enqueue(new ScriptedResponse(status, body, delay, retryAfter));
        return this;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        _received.Enqueue(new ReceivedRequest(
            context.Request.Method,
            context.Features.Get<IHttpRequestFeature>()!.RawTarget,
            context.Request.Headers.Authorization.ToString(),
            context.Request.ContentType,
            body));
        var number = Interlocked.Increment(ref _count);

        var response = _script.TryDequeue(out var scripted) ? scripted : new ScriptedResponse(200, $$"""{"id":"reply-{{number}}"}""", null, null);
        if (response.Delay is { } delay)
        {
            try
            {
                await Task.Delay(delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        context.Response.StatusCode = response.Status;
        if (response.RetryAfter is not null)
        {
            context.Response.Headers.RetryAfter = response.RetryAfter;
        }

        if (response.Body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(response.Body);
        }
    }

    internal sealed record ReceivedRequest(string Method, string RawTarget, string Authorization, string? ContentType, string Body)
    {
        public Activity Activity => ProtocolJson.DeserializeActivity(Body)!;
    }

    private sealed record ScriptedResponse(int Status, string? Body, TimeSpan? Delay, string? RetryAfter);
}
