using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ReportBot.Protocol.DirectLine;
using ReportBot.Protocol.Integration;
using ReportBot.Protocol.Tests.Support;

namespace ReportBot.Protocol.Tests.DirectLine;

public sealed class OptionsTests
{
    [Fact]
    public void The_defaults_are_the_documented_ones()
    {
        var options = new DirectLineOptions();

        Assert.Null(options.Secret);
        Assert.Equal(TimeSpan.FromMinutes(30), options.TokenLifetime);
        Assert.Equal(TimeSpan.FromMinutes(30), options.ConversationIdleTimeout);
        Assert.Equal(10_000, options.MaxConversations);
        Assert.Equal(200, options.MaxHistoryPerConversation);
        Assert.Equal(256 * 1024, options.MaxActivityBytes);
        Assert.Empty(options.AllowedOrigins);
    }

    [Fact]
    public async Task The_configuration_section_is_bound()
    {
        const string secret = "secret-from-configuration-1234";
        await using var host = await DirectLineHost.StartAsync(configuration: new()
        {
            ["DirectLine:Secret"] = secret,
            ["DirectLine:TokenLifetime"] = "00:10:00",
        });

        await Ok.ErrorAsync(await host.SendAsync(HttpMethod.Post, "tokens/generate"), HttpStatusCode.Unauthorized, "Unauthorized");
        var generated = await host.GenerateTokenAsync(secret: secret);
        Assert.Equal(600, generated.GetProperty("expires_in").GetInt32());
    }

    [Theory]
    [InlineData("DirectLine:Secret", "short")]
    [InlineData("DirectLine:TokenSigningKey", "too-short-key")]
    [InlineData("DirectLine:MaxConversations", "0")]
    [InlineData("DirectLine:AllowedOrigins", "https://example.com/path")]
    public void An_invalid_setting_fails_at_start_naming_its_key(string key, string value)
    {
        var builder = Loopback.CreateBuilder();
        builder.Configuration[key == "DirectLine:AllowedOrigins" ? key + ":0" : key] = value;
        builder.Services.AddBotFrameworkAdapter();
        builder.Services.AddDirectLine();
        var app = builder.Build();

        var exception = Assert.Throws<OptionsValidationException>(() => app.MapDirectLine());

        Assert.Contains(key, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Mapping_without_the_adapter_says_what_is_missing()
    {
        var builder = Loopback.CreateBuilder();
        builder.Services.AddDirectLine();
        var app = builder.Build();

        var exception = Assert.Throws<InvalidOperationException>(() => app.MapDirectLine());

        Assert.Contains("AddBotFrameworkAdapter", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Mapping_without_add_direct_line_says_what_is_missing()
    {
        var builder = Loopback.CreateBuilder();
        builder.Services.AddBotFrameworkAdapter();
        var app = builder.Build();

        var exception = Assert.Throws<InvalidOperationException>(() => app.MapDirectLine());

        Assert.Contains("AddDirectLine", exception.Message, StringComparison.Ordinal);
    }
}
