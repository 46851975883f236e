using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReportBot.Search.Evaluation;

/// <summary>One line of an evaluation file: a question and the report substrings that make a quote right (none: the bot must decline).</summary>
public sealed record EvalQuestion(string Id, string Q, IReadOnlyList<string> Gold, string Kind)
{
    public bool ExpectsNoAnswer => Gold.Count == 0;

    /// <summary>Reads a JSON-lines file; a malformed line is an error that names its number.</summary>
    public static IReadOnlyList<EvalQuestion> Load(string path)
    {
        var questions = new List<EvalQuestion>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            EvalQuestion? question;
            try
            {
                question = JsonSerializer.Deserialize(line, EvalJsonContext.Default.EvalQuestion);
            }
            catch (JsonException e)
            {
                throw new FormatException($"{path}:{number}: not a JSON object ({e.Message}).");
            }
            if (question is null || string.IsNullOrEmpty(question.Q) || question.Gold is null)
                throw new FormatException($"{path}:{number}: needs \"q\" and \"gold\".");
            questions.Add(question with { Id = question.Id ?? $"line{number}", Kind = question.Kind ?? "" });
        }
        return questions;
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(EvalQuestion))]
internal sealed partial class EvalJsonContext : JsonSerializerContext;
