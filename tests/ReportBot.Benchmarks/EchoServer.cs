using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ReportBot.Benchmarks;

/// <summary>
/// The yardstick for the load run: bare ASP.NET Core that reads the activity JSON and writes a fixed
/// one-message expectReplies body. No search, no auth, no logging: about the most any C# bot can do here.
/// </summary>
internal static class EchoServer
{
    private static readonly byte[] Reply = """{"activities":[{"type":"message","text":"echo"}]}"""u8.ToArray();

    public static async Task RunAsync(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/api/messages", async (HttpContext context) =>
        {
            using var activity = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            context.Response.ContentType = "application/json";
            await context.Response.Body.WriteAsync(Reply, context.RequestAborted);
        });
        await app.RunAsync();
    }
}
