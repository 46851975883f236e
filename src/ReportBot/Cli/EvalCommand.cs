using System.Text.Json;
using Microsoft.Extensions.Configuration;
using ReportBot.Search.Evaluation;
using ReportBot.Search.Querying;

namespace ReportBot.Cli;

/// <summary><c>eval FILE.jsonl [--verbose] [--json]</c>: scores a question file as ../shared/eval/README.md defines it.</summary>
internal static class EvalCommand
{
    public static async Task<int> RunAsync(CommandLine line, IConfiguration configuration, TextWriter output)
    {
        line.RejectUnknown("data", "verbose", "json");
        if (line.Arguments.Count != 1) throw new UsageException("eval needs one question file, e.g. eval ../shared/eval/dev-questions.jsonl");
        var file = line.Arguments[0];
        if (!File.Exists(file)) throw new UsageException($"No file '{file}'.");
        var questions = EvalQuestion.Load(file);

        using var searcher = ReportSearcher.Open(Commands.Store(line, configuration));
        var report = Evaluator.Run(searcher, questions);
        if (line.Has("json"))
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(EvalJson.From(report), CliJsonContext.Readable.EvalJson));
            return 0;
        }

        await output.WriteLineAsync($"n={report.Count} (answerable {report.Answerable}, no-answer {report.NoAnswerCount})");
        await output.WriteLineAsync($"R@1={report.RecallAt1:F3} R@3={report.RecallAt3:F3} R@5={report.RecallAt5:F3} MRR@5={report.MrrAt5:F3}");
        await output.WriteLineAsync($"no-answer accuracy={report.NoAnswerAccuracy:F3} mean quote length={report.MeanQuoteLength:F1}");
        if (line.Has("verbose"))
        {
            foreach (var miss in report.Misses)
            {
                var where = miss.Question.ExpectsNoAnswer ? "answered, should decline" : miss.Rank is { } rank ? $"right at rank {rank}" : miss.Answered ? "not in the top 5" : "declined";
                await output.WriteLineAsync($"miss {miss.Question.Id} ({where}): {miss.Question.Q}\n    top: {miss.TopQuote ?? "-"}");
            }
        }
        return 0;
    }
}

internal sealed record EvalJson(int N, double RecallAt1, double RecallAt3, double RecallAt5, double MrrAt5, double NoAnswerAccuracy, double MeanQuoteLength, IReadOnlyList<string> Misses)
{
    public static EvalJson From(EvalReport r) => new(
        r.Count, r.RecallAt1, r.RecallAt3, r.RecallAt5, r.MrrAt5, r.NoAnswerAccuracy, r.MeanQuoteLength,
        r.Misses.Select(m => m.Question.Id).ToList());
}
