using System.Text.Json;
using Microsoft.Extensions.Configuration;
using ReportBot.Replies;
using ReportBot.Search.Querying;

namespace ReportBot.Cli;

/// <summary><c>ask "问题" [--top N] [--json] [--explain]</c>: the answer as the bot would give it.</summary>
internal static class AskCommand
{
    public static async Task<int> RunAsync(CommandLine line, IConfiguration configuration, TextWriter output)
    {
        line.RejectUnknown("top", "json", "data", "locale", "explain");
        if (line.Arguments.Count == 0) throw new UsageException("ask needs a question, e.g. ask \"2024年中国同中亚国家贸易总额是多少？\"");
        var question = string.Join(' ', line.Arguments);
        var top = line.IntValue("top", 3, 1, SearchLimits.MaxResults);

        using var searcher = ReportSearcher.Open(Commands.Store(line, configuration));
        var answer = searcher.Search(question, top);
        if (line.Has("explain"))
        {
            foreach (var explanation in searcher.Explain(question)) await output.WriteLineAsync(explanation);
        }
        if (line.Has("json"))
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(AskJson.From(answer), CliJsonContext.Readable.AskJson));
            return 0;
        }
        var language = ReplyLanguages.For(line.Value("locale"), question);
        await output.WriteLineAsync(AnswerMarkdown.Render(answer, language));
        return 0;
    }
}
