using ReportBot.Search.Evaluation;
using ReportBot.Search.Tests.Support;

namespace ReportBot.Search.Tests.Evaluation;

/// <summary>The retrieval figures the project promises, measured on the question sets.</summary>
public sealed class EvaluationTests(ReportIndexFixture fixture) : IClassFixture<ReportIndexFixture>
{
    [Fact]
    public void TheDevelopmentSetMeetsTheAcceptanceFigures()
    {
        var report = Evaluator.Run(fixture.Searcher, EvalQuestion.Load(RepositoryPaths.DevQuestions));

        Assert.Equal(30, report.Count);
        Assert.True(report.RecallAt1 >= 0.97, $"R@1 {report.RecallAt1:F3}; misses: {Misses(report)}");
        Assert.True(report.MrrAt5 >= 0.98, $"MRR@5 {report.MrrAt5:F3}; misses: {Misses(report)}");
        Assert.Equal(1.0, report.NoAnswerAccuracy);
        Assert.InRange(report.MeanQuoteLength, 1, 160);
    }

    /// <summary>Questions written apart from the development set (paraphrases, English, traditional script, captions, bylines, declines): a guard against fitting it.</summary>
    [Fact]
    public void TheExtraSetStaysAboveItsFloor()
    {
        var report = Evaluator.Run(fixture.Searcher, EvalQuestion.Load(RepositoryPaths.ExtraQuestions));

        Assert.True(report.RecallAt1 >= 0.9, $"R@1 {report.RecallAt1:F3}; misses: {Misses(report)}");
        Assert.True(report.NoAnswerAccuracy >= 0.99, $"no-answer {report.NoAnswerAccuracy:F3}; misses: {Misses(report)}");
        Assert.InRange(report.MeanQuoteLength, 1, 160);
    }

    [Fact]
    public void AnEvaluationFileWithAMalformedLineIsAnErrorThatNamesTheLine()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(file, ["{\"id\":\"a\",\"q\":\"问题\",\"gold\":[]}", "not json"]);
            var error = Assert.Throws<FormatException>(() => EvalQuestion.Load(file));
            Assert.Contains(":2:", error.Message);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string Misses(EvalReport report) => string.Join("; ", report.Misses.Select(m => $"{m.Question.Id} {m.Question.Q} → {m.TopQuote}"));
}
