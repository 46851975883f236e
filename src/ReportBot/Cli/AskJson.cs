using System.Text.Json;
using System.Text.Json.Serialization;
using ReportBot.Hosting;
using ReportBot.Replies;
using ReportBot.Search.Querying;

namespace ReportBot.Cli;

/// <summary>The <c>ask --json</c> output.</summary>
internal sealed record AskJson(
    string Question,
    bool Answered,
    string Status,
    bool Truncated,
    IReadOnlyList<string> Uncovered,
    IReadOnlyList<AskResultJson> Results)
{
    public static AskJson From(Answer answer) => new(
        answer.Question,
        answer.Answered,
        answer.Status switch
        {
            AnswerStatus.Answered => "answered",
            AnswerStatus.NotFound => "notFound",
            AnswerStatus.NotCovered => "notCovered",
            _ => "emptyQuestion",
        },
        answer.Truncated,
        answer.Uncovered,
        answer.Hits.Select(h => new AskResultJson(
            h.Rank, h.Score, h.Passage.ArticleTitle, h.Passage.SectionHeading,
            h.Passage.Kind == Search.Model.PassageKind.Paragraph ? h.Passage.Ordinal : null,
            h.Quote, h.Passage.Text, SourceLine.For(h.Passage, ReplyLanguage.Chinese), h.Passage.Kind.ToString().ToLowerInvariant(), h.Passage.Id,
            h.Highlights.Select(s => new[] { s.Start, s.Length }).ToList())).ToList());
}

/// <summary>One result of <c>ask --json</c>; <c>highlights</c> are [start, length] pairs in <c>quote</c>.</summary>
internal sealed record AskResultJson(
    int Rank,
    double Score,
    string Article,
    string? Section,
    int? Paragraph,
    string Quote,
    string Text,
    string Source,
    string Kind,
    string Id,
    IReadOnlyList<int[]> Highlights);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(AskJson))]
[JsonSerializable(typeof(EvalJson))]
internal sealed partial class CliJsonContext : JsonSerializerContext
{
    /// <summary>Writes Chinese as it is rather than as \u escapes: the output is for people and scripts alike.</summary>
    public static CliJsonContext Readable { get; } = new(ReadableJson.SerializerOptions(indented: true));
}
