using ReportBot.Search.Querying;

namespace ReportBot.Search.Evaluation;

/// <summary>The figures of one evaluation run, as the evaluation set's README defines them.</summary>
public sealed record EvalReport(
    int Count,
    int Answerable,
    double RecallAt1,
    double RecallAt3,
    double RecallAt5,
    double MrrAt5,
    int NoAnswerCount,
    double NoAnswerAccuracy,
    double MeanQuoteLength,
    IReadOnlyList<EvalMiss> Misses);

/// <summary>A question whose first result was not right, with what was shown instead.</summary>
public sealed record EvalMiss(EvalQuestion Question, int? Rank, bool Answered, string? TopQuote);

/// <summary>Scores a searcher on a question set: a result is right when its quote holds a gold substring.</summary>
public static class Evaluator
{
    public static EvalReport Run(IReportSearcher searcher, IEnumerable<EvalQuestion> questions)
    {
        int count = 0, answerable = 0, at1 = 0, at3 = 0, at5 = 0, noAnswer = 0, declined = 0;
        double reciprocal = 0;
        var quoteLengths = new List<int>();
        var misses = new List<EvalMiss>();
        foreach (var question in questions)
        {
            count++;
            var answer = searcher.Search(question.Q, top: 5);
            quoteLengths.AddRange(answer.Hits.Select(h => h.Quote.Length).Take(1));
            if (question.ExpectsNoAnswer)
            {
                noAnswer++;
                if (!answer.Answered) declined++;
                else misses.Add(new EvalMiss(question, null, true, answer.Hits.FirstOrDefault()?.Quote));
                continue;
            }

            answerable++;
            var rank = answer.Answered
                ? answer.Hits.Select((h, i) => (h, i)).FirstOrDefault(x => question.Gold.Any(g => x.h.Quote.Contains(g, StringComparison.Ordinal)), (null!, -1)).Item2 + 1
                : 0;
            if (rank == 1) at1++;
            if (rank is >= 1 and <= 3) at3++;
            if (rank is >= 1 and <= 5)
            {
                at5++;
                reciprocal += 1.0 / rank;
            }
            if (rank != 1) misses.Add(new EvalMiss(question, rank == 0 ? null : rank, answer.Answered, answer.Hits.FirstOrDefault()?.Quote));
        }

        double Share(int n, int of) => of == 0 ? 0 : (double)n / of;
        return new EvalReport(
            count, answerable, Share(at1, answerable), Share(at3, answerable), Share(at5, answerable),
            answerable == 0 ? 0 : reciprocal / answerable, noAnswer, Share(declined, noAnswer),
            quoteLengths.Count == 0 ? 0 : quoteLengths.Average(), misses);
    }
}
