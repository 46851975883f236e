using System.Text.Json;
using ReportBot.Cli;
using ReportBot.Search.Tests.Support;

namespace ReportBot.Tests.Cli;

/// <summary>The executable's verbs, as people and scripts use them.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly TemporaryDataFolder data = new();

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await Commands.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task AskJsonPrintsTheAnswerWithItsResultsAndSources()
    {
        var (code, output, _) = await RunAsync("ask", "2024年中国同中亚国家贸易总额是多少？", "--json", "--top", "2", "--data", data.Path);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("2024年中国同中亚国家贸易总额是多少？", root.GetProperty("question").GetString());
        Assert.True(root.GetProperty("answered").GetBoolean());
        var first = root.GetProperty("results")[0];
        foreach (var field in new[] { "rank", "score", "article", "section", "paragraph", "quote", "text", "source" })
            Assert.True(first.TryGetProperty(field, out _), field);
        Assert.Equal(3, first.GetProperty("paragraph").GetInt32());
        Assert.Contains("948亿美元", first.GetProperty("quote").GetString());
        Assert.Contains("948亿美元", output);
    }

    [Fact]
    public async Task AskPrintsMarkdownAsTheBotWouldAndDeclinesWhatTheReportDoesNotSay()
    {
        var (_, answered, _) = await RunAsync("ask", "三股势力", "--data", data.Path);
        Assert.StartsWith("> ", answered);
        Assert.Contains("**三股势力**", answered);

        var (code, declined, _) = await RunAsync("ask", "今天北京天气怎么样？", "--json", "--data", data.Path);
        Assert.Equal(0, code);
        Assert.False(JsonDocument.Parse(declined).RootElement.GetProperty("answered").GetBoolean());
    }

    [Fact]
    public async Task IndexRebuildsAndSaysWhatItIndexed()
    {
        var (code, output, _) = await RunAsync("index", "--data", data.Path);
        Assert.Equal(0, code);
        Assert.Matches(@"^Indexed 1 document\(s\), 37 passages in \d+ ms", output);
    }

    [Fact]
    public async Task EvalPrintsTheFigures()
    {
        var (code, output, _) = await RunAsync("eval", RepositoryPaths.DevQuestions, "--data", data.Path);
        Assert.Equal(0, code);
        Assert.Contains("n=30", output);
        Assert.Matches(@"R@1=\d\.\d{3} R@3=\d\.\d{3} R@5=\d\.\d{3} MRR@5=\d\.\d{3}", output);
        Assert.Contains("no-answer accuracy=1.000", output);
    }

    [Theory]
    [InlineData("ask")]
    [InlineData("ask", "问题", "--top", "0")]
    [InlineData("ask", "问题", "--top", "many")]
    [InlineData("ask", "问题", "--colour")]
    [InlineData("eval")]
    [InlineData("eval", "/no/such/file.jsonl")]
    [InlineData("teams-package", "--app-id", "not-a-guid", "--out", "x.zip")]
    [InlineData("ask", "问题", "--data")]
    public async Task AWrongCommandLineExitsWith2AndSaysWhy(params string[] args)
    {
        var (code, _, error) = await RunAsync(args);
        Assert.Equal(2, code);
        Assert.StartsWith("error: ", error);
    }

    [Fact]
    public async Task AMissingDataFolderExitsWith1AndNamesIt()
    {
        var (code, _, error) = await RunAsync("ask", "问题", "--data", "/no/such/folder");
        Assert.Equal(1, code);
        Assert.Contains("/no/such/folder", error);
    }

    public void Dispose() => data.Dispose();
}
